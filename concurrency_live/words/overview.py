"""The overview page's words (docs/index.md, pages/overview.py): the seed examples.

``EN`` holds the English; ``KO`` the Korean of the same keys, each with the hash of the English
it translates (``python -m concurrency_live.words --hashes KEY``): see words/__init__.py.
"""

EN: dict[str, str] = {
    "seed.floor": (
        "**Elapsed {elapsed:.2f} s against a floor of {floor:.2f} s** (the longest chain of "
        "sleeps), {over:.2f} s over it."
    ),
    "seed.excess": (
        "By the program's own clock, `{first}`, the first line of that chain, printed at "
        "{start:.2f} s and the closing line at {end:.2f} s: {drift:.2f} s more between them "
        "than the chain's {chain:.2f} s of sleep. The other {outside:.2f} s passed outside "
        "the program's clock, before it first read the clock or after its last line."
    ),
    "seed.overlap_both": (
        "Both programs ended before the {total:.2f} s that all their sleeps add up to "
        "(threads {threads:.2f} s, processes {processes:.2f} s). A sleep lasts at least as "
        "long as asked, so in both programs the two tasks slept at the same time."
    ),
    "seed.overlap_one": (
        "The {which} ended after {which_elapsed:.2f} s, before the {total:.2f} s that all "
        "its sleeps add up to, so its two tasks slept at the same time. The {other} took "
        "{other_elapsed:.2f} s, no less than that sum: its run cannot show the same."
    ),
    "seed.overlap_none": (
        "Neither program ended before the {total:.2f} s that all its sleeps add up to "
        "(threads {threads:.2f} s, processes {processes:.2f} s), so this build's runs cannot "
        "show the two tasks sleeping at the same time."
    ),
    "seed.program_threads": "threads program",
    "seed.program_processes": "processes program",
    "seed.lane_numbers": "numbers",
    "seed.lane_letters": "letters",
    "seed.lane_main": "main",
    "seed.panel_threads": "Two threads",
    "seed.panel_processes": "Two processes",
    "seed.timeline_title": "Who printed when: the two programs of the overview",
    "seed.timeline_desc": (
        "One lane per task, a dot for each line it printed, at the moment it printed it "
        "by its program's own clock: threads above, processes below. In both, the numbers "
        "and the letters advance side by side, and the main lane's closing line comes "
        "after the floor of {floor:.2f} s, the longest chain of sleeps."
    ),
    "seed.timeline_x": "Seconds since the program started",
    "seed.timeline_floor": "floor: the longest chain of sleeps, {floor:.2f} s",
    "seed.closing_line": "the closing line, after both join()s",
    "seed.col_line": "Line",
    "seed.col_threads": "Two threads: printed at",
    "seed.col_processes": "Two processes: printed at",
    "seed.original_failed": (
        "**{count} child process(es) failed to start their work** with the RuntimeError "
        "about the bootstrapping phase: each one imported the program, and the import ran "
        "the code that starts processes again."
    ),
    "seed.original_grouped": (
        "The children printed {count} lines, **all the numbers before all the letters**: "
        "without `flush=True`, a child's lines wait in its own buffer until it exits, and "
        "the numbers' child exits first."
    ),
    "seed.original_lines": "The children printed {count} lines.",
    "seed.original_nothing": "No line of the children reached the output.",
    "seed.original_exit": "The program ended with exit code {code}.",
    "seed.tie": (
        "`{first}` and `{second}` are both due at {due:.1f} s. In this build `{first}` "
        "printed first (at {first_at:.2f} s, and `{second}` at {second_at:.2f} s). Nothing "
        "orders two workers that wake at the same moment: the operating system runs "
        "whichever it picks first, so another build may print them the other way round."
    ),
}

KO: dict[str, tuple[str, str]] = {
    "seed.floor": (
        "**실행에 {elapsed:.2f}초가 걸렸고, 하한은 "
        "{floor:.2f}초입니다**(한 작업이 연달아 잠드는 시간 가운데 "
        "가장 긴 것). 하한보다 {over:.2f}초 더 걸렸습니다.",
        "a4c213",
    ),
    "seed.excess": (
        "프로그램 자신의 시계로 보면, 가장 길게 잠드는 작업의 첫 줄 "
        "`{first}`는 {start:.2f}초에, 마지막 줄은 {end:.2f}초에 "
        "출력되었습니다. 둘 사이는 그 작업이 잠든 {chain:.2f}초보다 "
        "{drift:.2f}초 길었습니다. 나머지 {outside:.2f}초는 프로그램의 "
        "시계 바깥에서, 즉 프로그램이 처음 시계를 읽기 전이나 마지막 "
        "줄을 출력한 뒤에 지나갔습니다.",
        "0232bc",
    ),
    "seed.overlap_both": (
        "두 프로그램 모두 잠자는 시간을 모두 더한 {total:.2f}초보다 "
        "먼저 끝났습니다(스레드 {threads:.2f}초, 프로세스 "
        "{processes:.2f}초). 잠은 요청한 시간보다 짧게 끝나지 않으므로, "
        "두 프로그램 모두 두 작업이 같은 시간에 잠들어 있었습니다.",
        "a2087e",
    ),
    "seed.overlap_one": (
        "{which}은 {which_elapsed:.2f}초 만에, 잠자는 시간을 모두 더한 "
        "{total:.2f}초보다 먼저 끝났으므로 두 작업이 같은 시간에 잠들어 "
        "있었습니다. {other}은 {other_elapsed:.2f}초가 걸려 그 합보다 "
        "짧지 않았으므로, 그 실행으로는 같은 것을 보여 줄 수 없습니다.",
        "91e1ab",
    ),
    "seed.overlap_none": (
        "두 프로그램 모두 잠자는 시간을 모두 더한 {total:.2f}초보다 "
        "먼저 끝나지 않았습니다(스레드 {threads:.2f}초, 프로세스 "
        "{processes:.2f}초). 그래서 이번 빌드의 실행으로는 두 작업이 "
        "같은 시간에 잠들어 있었다는 것을 보여 줄 수 없습니다.",
        "573998",
    ),
    "seed.program_threads": ("스레드 프로그램", "37388a"),
    "seed.program_processes": ("프로세스 프로그램", "add4b8"),
    "seed.lane_numbers": ("숫자", "f3c780"),
    "seed.lane_letters": ("문자", "7ad8db"),
    "seed.lane_main": ("메인", "0d6e40"),
    "seed.panel_threads": ("스레드 두 개", "1621b9"),
    "seed.panel_processes": ("프로세스 두 개", "710284"),
    "seed.timeline_title": ("누가 언제 출력했나: 개요의 두 프로그램", "3306c3"),
    "seed.timeline_desc": (
        "작업마다 줄 하나, 출력한 줄마다 점 하나를 프로그램 자신의 시계로 출력한 순간에 "
        "찍었습니다. 위는 스레드, 아래는 프로세스입니다. 두 경우 모두 숫자와 문자가 나란히 "
        "나아가고, 메인 줄의 마지막 줄은 가장 긴 sleep 사슬인 하한 {floor:.2f}초 뒤에 옵니다.",
        "806ecf",
    ),
    "seed.timeline_x": ("프로그램이 시작된 뒤 흐른 시간(초)", "e5e3ac"),
    "seed.timeline_floor": ("하한: 가장 긴 sleep 사슬, {floor:.2f}초", "86738e"),
    "seed.closing_line": ("두 join()이 끝난 뒤의 마지막 줄", "0f65e4"),
    "seed.col_line": ("줄", "d7852c"),
    "seed.col_threads": ("스레드 두 개: 출력 시각", "4eb48f"),
    "seed.col_processes": ("프로세스 두 개: 출력 시각", "998b67"),
    "seed.original_failed": (
        "**자식 프로세스 {count}개가 일을 시작하지 못했습니다.** 부트스트래핑 단계에 관한 "
        "RuntimeError 때문입니다. 자식마다 프로그램을 임포트했고, 그 임포트가 프로세스를 "
        "시작하는 코드를 다시 실행했습니다.",
        "f7dca3",
    ),
    "seed.original_grouped": (
        "자식들은 {count}줄을 출력했는데, **숫자가 모두 나온 뒤에 문자가 모두 나왔습니다.** "
        "`flush=True`가 없으면 자식이 출력한 줄은 그 자식이 끝날 때까지 자기 버퍼에서 "
        "기다리고, 숫자를 출력하는 자식이 먼저 끝나기 때문입니다.",
        "3b0c49",
    ),
    "seed.original_lines": ("자식들은 {count}줄을 출력했습니다.", "18d1aa"),
    "seed.original_nothing": ("자식들이 출력한 줄은 하나도 나오지 않았습니다.", "61dfd7"),
    "seed.original_exit": ("프로그램은 종료 코드 {code}로 끝났습니다.", "6d6122"),
    "seed.tie": (
        "`{first}` 줄과 `{second}` 줄은 둘 다 {due:.1f}초에 출력될 "
        "차례입니다. 이번 빌드에서는 `{first}` 줄이 먼저 "
        "출력되었습니다({first_at:.2f}초, `{second}` 줄은 "
        "{second_at:.2f}초). 같은 순간에 깨어나는 두 워커의 순서를 "
        "정해 주는 것은 없습니다. 운영체제가 먼저 고른 쪽을 "
        "실행하므로, 다른 빌드에서는 반대 순서로 출력될 수 있습니다.",
        "91e6bc",
    ),
}
