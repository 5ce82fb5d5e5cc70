"""The processes page's words (docs/processes.md, pages/processes.py).

``EN`` holds the English; ``KO`` the Korean of the same keys, each with the hash of the English
it translates (``python -m concurrency_live.words --hashes KEY``): see words/__init__.py.
"""

EN: dict[str, str] = {
    "processes.unavailable": "unavailable",
    "processes.default_mark": " (default here)",
    "processes.own_memory_kept": (
        "The child (pid {child_pid}) set `counter` to {child_counter}; after it ended, the "
        "parent (pid {parent_pid}) still had `counter` = {parent_counter}. The child changed "
        "its own copy: two processes share no Python objects."
    ),
    "processes.own_memory_shared": (
        "The child (pid {child_pid}) set `counter` to {child_counter}, and the parent (pid "
        "{parent_pid}) then read {parent_counter}: in this run the change reached the parent."
    ),
    "processes.methods_method": "Start method",
    "processes.methods_setting": "`setting` in the child",
    "processes.methods_main": "The child's `__main__` is named",
    "processes.methods_parent": "The child's parent process",
    "processes.parent_main": "the main process",
    "processes.parent_other": "another process (the fork server)",
    "processes.cost_what": "Start + join",
    "processes.cost_median": "Median",
    "processes.cost_min": "Min",
    "processes.cost_max": "Max",
    "processes.cost_ratio": "\u00d7 a thread (95 % interval)",
    "processes.cost_thread": "a thread",
    "processes.cost_process": "a process, `{method}`",
    "processes.cost_setup": (
        "Each *round* starts and joins {threads} threads one after the other, timed together "
        "and divided by {threads}, and one process with each start method ({methods}), in an "
        "order that rotates from round to round; a process's cost as a multiple of a "
        "thread's is taken within each round. Rounds go on (at least {min_rounds}) until "
        "every interval is within \u00b1{precision:.0%} of its median, or {budget:g} s have "
        "passed."
    ),
    "processes.cost_slower": (
        "**Starting and joining a process with the default method here, `{method}`, took "
        "{process} (median): {ratio} the {thread} of a thread in the same rounds** "
        "({interval})."
    ),
    "processes.cost_faster": (
        "**Starting and joining a process with the default method here, `{method}`, took "
        "{process} (median), less than the {thread} of a thread in the same rounds: "
        "{ratio}** ({interval})."
    ),
    "processes.cost_same": (
        "**Starting and joining a process with the default method here, `{method}`, took "
        "{process} (median), and a thread {thread}:** per round the process took {ratio} "
        "the thread's time ({interval}), an interval that includes 1, so this run cannot "
        "tell the two apart."
    ),
    "processes.cost_range": (
        "Of the methods measured, `{fast}` had the lowest median ({fast_time}) and `{slow}` "
        "the highest ({slow_time}); per round, `{a}` took {ratio} the time of `{b}` "
        "({interval})."
    ),
    "processes.evidence_start": (
        "{python}, start + join of a process with the default method, `{method}`, against "
        "a thread, in the same rounds"
    ),
    "processes.mem_what": "Process or thread",
    "processes.mem_rss": "Resident (VmRSS)",
    "processes.mem_private": "Private to it",
    "processes.mem_parent": "the parent, before any child",
    "processes.mem_child": "an idle child, `{method}`",
    "processes.mem_one_thread": "the parent grew by, after 1 idle thread",
    "processes.mem_threads": "the parent grew by, after {n} idle threads",
    "processes.mem_unavailable": (
        "This platform gave no memory figures (there is no `/proc` to read), so there is "
        "nothing to compare."
    ),
    "processes.mem_child_claim": (
        "**An idle child started with `{method}` (the default here) had {rss} resident, "
        "{private} of it private.** One idle thread grew the parent's resident memory by "
        "{one}; {n} idle threads grew it by {all}, {per} each."
    ),
    "processes.mem_thread_less": (
        "The idle child's private memory alone was {ratio} the growth per idle thread."
    ),
    "processes.mem_thread_more": (
        "Per idle thread, the growth was {ratio} the idle child's private memory."
    ),
    "processes.mem_thread_nothing": (
        "The idle threads added nothing measurable to the parent's resident memory."
    ),
    "processes.mem_fork_shared": (
        "A `fork` child counts {rss} resident but only {private} private: {shared:.0%} of "
        "its pages were still shared with the parent, copy-on-write."
    ),
    "processes.exit_child": "Child",
    "processes.exit_did": "What it did",
    "processes.exit_means": "What the parent can tell",
    "processes.exit_running": "still running",
    "processes.exit_zero": "ended normally",
    "processes.exit_status": "exited with status {code}",
    "processes.exit_signal": "killed by signal {name} ({number}): the code is minus the signal",
    "processes.did_raises": "raised `ValueError` (uncaught)",
    "processes.did_exits_3": "called `os._exit(3)`",
    "processes.did_killed": "was sent SIGKILL by the parent (`Process.kill()`)",
    "processes.parent_survived": (
        "The parent read all three exit codes, printed its last line and exited with code "
        "{code}: no failure of a child reached it."
    ),
    "processes.parent_failed": (
        "The parent exited with code {code} without printing its last line: in this run a "
        "child's failure did reach it."
    ),
    "processes.guard_ran": (
        "The module-level code ran {count} times, with `__name__` set to {names}: the "
        "spawned child imported the script again."
    ),
    "processes.guard_child_failed": (
        "In the child, that second run reached `child.start()`, which raised the "
        "`RuntimeError` above, and the child exited with code {code}."
    ),
    "processes.guard_then": ", then ",
    "processes.guard_child_ok": "The child exited with code {code}.",
    "processes.guard_no_child_code": "The parent printed no exit code for its child.",
    "processes.guard_parent_zero": (
        "**The script itself exited with code {code}**: a check of the script's exit code "
        "alone would not notice that its child failed."
    ),
    "processes.guard_parent_code": "The script itself exited with code {code}.",
}

KO: dict[str, tuple[str, str]] = {
    "processes.unavailable": ("알 수 없음", "ba691b"),
    "processes.default_mark": (" (여기서는 기본값)", "946c1d"),
    "processes.own_memory_kept": (
        "자식 프로세스(pid {child_pid})는 `counter`를 바꿨고 그 값은 "
        "{child_counter}이었습니다. 그러나 자식이 끝난 뒤에도 부모 "
        "프로세스(pid {parent_pid})의 `counter`는 {parent_counter} "
        "그대로였습니다. 자식은 자기 사본을 바꾼 것입니다. 두 "
        "프로세스는 어떤 파이썬 객체도 공유하지 않습니다.",
        "a4248d",
    ),
    "processes.own_memory_shared": (
        "자식 프로세스(pid {child_pid})는 `counter`를 바꿨고 그 값은 "
        "{child_counter}이었습니다. 그 뒤 부모 프로세스(pid "
        "{parent_pid})가 읽은 값은 {parent_counter}이었습니다. 이번 "
        "실행에서는 변경이 부모에게까지 전달되었습니다.",
        "271264",
    ),
    "processes.methods_method": ("시작 방식", "14b164"),
    "processes.methods_setting": ("자식이 본 `setting`", "5c9f88"),
    "processes.methods_main": ("자식의 `__main__` 모듈 이름", "ee9db0"),
    "processes.methods_parent": ("자식의 부모 프로세스", "c34001"),
    "processes.parent_main": ("메인 프로세스", "16d6dc"),
    "processes.parent_other": ("다른 프로세스(포크 서버)", "c17f9c"),
    "processes.cost_what": ("시작 + join", "926c14"),
    "processes.cost_median": ("중앙값", "daab7c"),
    "processes.cost_min": ("최소", "dea793"),
    "processes.cost_max": ("최대", "a1a593"),
    "processes.cost_ratio": ("스레드 대비 (95 % 구간)", "28fdac"),
    "processes.cost_thread": ("스레드", "d1280f"),
    "processes.cost_process": ("프로세스, `{method}`", "297728"),
    "processes.cost_setup": (
        "*라운드*마다 스레드 {threads}개를 하나씩 차례로 시작하고 join해 한꺼번에 잰 뒤 "
        "{threads}로 나누고, 각 시작 방식({methods})으로 프로세스를 하나씩 시작합니다. 순서는 "
        "라운드마다 돌아가며 바뀌고, 프로세스 비용이 스레드 비용의 몇 배인지는 각 라운드 "
        "안에서 구합니다. 라운드는 (최소 {min_rounds}번) 모든 구간이 중앙값의 "
        "\u00b1{precision:.0%} 안에 들어오거나 {budget:g}초가 지날 때까지 이어집니다.",
        "82a9df",
    ),
    "processes.cost_slower": (
        "**이 환경의 기본 시작 방식(`{method}`)으로 프로세스를 시작하고 join하는 데 중앙값 "
        "{process}가 걸렸습니다. 같은 라운드의 스레드({thread})의 {ratio}입니다**"
        "({interval}).",
        "25692e",
    ),
    "processes.cost_faster": (
        "**이 환경의 기본 시작 방식(`{method}`)으로 프로세스를 시작하고 join하는 데 중앙값 "
        "{process}가 걸려, 같은 라운드의 스레드({thread})보다 짧았습니다. {ratio}입니다**"
        "({interval}).",
        "3bb498",
    ),
    "processes.cost_same": (
        "**이 환경의 기본 시작 방식(`{method}`)으로 프로세스를 시작하고 join하는 데 중앙값 "
        "{process}, 스레드는 {thread}가 걸렸습니다.** 라운드별로 프로세스는 스레드 시간의 "
        "{ratio}였는데({interval}), 이 구간에 1이 들어 있으므로 이번 실행으로는 둘을 구별할 "
        "수 없습니다.",
        "1bfa24",
    ),
    "processes.cost_range": (
        "측정한 방식 가운데 `{fast}` 방식의 중앙값이 가장 낮았고({fast_time}), `{slow}` "
        "방식이 가장 높았습니다({slow_time}). 라운드별로 `{a}` 방식은 `{b}` 방식 시간의 "
        "{ratio}가 걸렸습니다({interval}).",
        "d24bee",
    ),
    "processes.evidence_start": (
        "{python}, 기본 시작 방식(`{method}`)으로 시작한 프로세스의 시작 + join을 같은 "
        "라운드의 스레드와 비교",
        "16523e",
    ),
    "processes.mem_what": ("프로세스 또는 스레드", "a58782"),
    "processes.mem_rss": ("상주 메모리 (VmRSS)", "6bb273"),
    "processes.mem_private": ("그중 전용 메모리", "304c92"),
    "processes.mem_parent": ("부모, 자식을 시작하기 전", "4b400f"),
    "processes.mem_child": ("유휴 자식, `{method}`", "ec5486"),
    "processes.mem_one_thread": ("부모의 증가분, 유휴 스레드 1개 뒤", "420c05"),
    "processes.mem_threads": ("부모의 증가분, 유휴 스레드 {n}개 뒤", "67bbfe"),
    "processes.mem_unavailable": (
        "이 플랫폼에서는 메모리 수치를 얻지 못했습니다(읽을 `/proc` "
        "파일 시스템이 없습니다). 그래서 비교할 것이 없습니다.",
        "59e4f3",
    ),
    "processes.mem_child_claim": (
        "**`{method}` 방식(여기서는 기본값)으로 시작한 유휴 자식 "
        "프로세스의 상주 메모리는 {rss}이었고, 그중 전용 메모리는 "
        "{private}이었습니다.** 유휴 스레드 하나는 부모의 상주 "
        "메모리를 {one} 늘렸고, 유휴 스레드 {n}개는 {all}, 스레드 "
        "하나당 {per} 늘렸습니다.",
        "541015",
    ),
    "processes.mem_thread_less": (
        "유휴 자식의 전용 메모리만 해도 유휴 스레드 하나당 증가분의 {ratio}입니다.",
        "dc590c",
    ),
    "processes.mem_thread_more": (
        "유휴 스레드 하나당 증가분은 유휴 자식의 전용 메모리의 {ratio}입니다.",
        "06715c",
    ),
    "processes.mem_thread_nothing": (
        "유휴 스레드는 부모의 상주 메모리를 측정할 수 있을 만큼 늘리지 않았습니다.",
        "135094",
    ),
    "processes.mem_fork_shared": (
        "`fork` 방식 자식의 상주 메모리는 {rss}이지만 전용 메모리는 "
        "{private}뿐입니다. 페이지의 {shared:.0%}가 아직 부모와 "
        "공유되어 있었습니다(쓰기 시 복사, copy-on-write).",
        "cce8c1",
    ),
    "processes.exit_child": ("자식", "805332"),
    "processes.exit_did": ("한 일", "59bbe7"),
    "processes.exit_means": ("부모가 알 수 있는 것", "73fb46"),
    "processes.exit_running": ("아직 실행 중", "dc7d14"),
    "processes.exit_zero": ("정상 종료", "b56093"),
    "processes.exit_status": ("종료 상태 {code}", "959493"),
    "processes.exit_signal": (
        "시그널 {name}({number})에 의해 종료됨(코드는 시그널 번호에 음수 부호를 붙인 값)",
        "5f62fd",
    ),
    "processes.did_raises": ("`ValueError`를 발생시킴(잡지 않음)", "0f5403"),
    "processes.did_exits_3": ("`os._exit(3)` 호출", "d273f0"),
    "processes.did_killed": ("부모가 SIGKILL을 보냄(`Process.kill()`)", "5bd11f"),
    "processes.parent_survived": (
        "부모는 종료 코드 세 개를 모두 읽고 마지막 줄을 출력했으며, "
        "부모의 종료 코드는 {code}이었습니다. 자식의 실패는 어느 것도 "
        "부모에게 미치지 않았습니다.",
        "c12948",
    ),
    "processes.parent_failed": (
        "부모는 마지막 줄을 출력하지 못한 채 끝났고, 종료 코드는 "
        "{code}이었습니다. 이번 실행에서는 자식의 실패가 부모에게까지 "
        "미쳤습니다.",
        "253ce6",
    ),
    "processes.guard_ran": (
        "모듈 수준 코드가 {count}번 실행되었고, 그때마다 `__name__` "
        "값은 {names}이었습니다. spawn으로 시작한 자식이 스크립트를 "
        "다시 임포트한 것입니다.",
        "8696b3",
    ),
    "processes.guard_child_failed": (
        "자식에서는 이 두 번째 실행이 `child.start()`에 이르러 위의 "
        "`RuntimeError`가 발생했고, 자식의 종료 코드는 "
        "{code}이었습니다.",
        "e686ba",
    ),
    "processes.guard_then": (", 그다음 ", "6b6fbf"),
    "processes.guard_child_ok": ("자식의 종료 코드는 {code}이었습니다.", "284de3"),
    "processes.guard_no_child_code": ("부모는 자식의 종료 코드를 출력하지 않았습니다.", "ffbcb0"),
    "processes.guard_parent_zero": (
        "**스크립트 자체의 종료 코드는 {code}이었습니다.** 스크립트의 "
        "종료 코드만 확인해서는 자식이 실패했다는 것을 알아차릴 수 "
        "없습니다.",
        "911cb3",
    ),
    "processes.guard_parent_code": ("스크립트 자체의 종료 코드는 {code}이었습니다.", "757375"),
}
