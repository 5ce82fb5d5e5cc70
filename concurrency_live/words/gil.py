"""The GIL page's words (docs/gil.md, pages/gil.py).

``EN`` holds the English; ``KO`` the Korean of the same keys, each with the hash of the English
it translates (``python -m concurrency_live.words --hashes KEY``): see words/__init__.py.
"""

EN: dict[str, str] = {
    "gil.interval_default": (
        "This build's interpreter reports a switch interval of **{interval}** ({micro:g} µs): "
        "when another thread is waiting for the GIL, the thread holding it is asked to let go "
        "after that long. That is the default, `DEFAULT_INTERVAL {cited:g}` (microseconds) in "
        "CPython's source, [`Python/ceval_gil.c`]({url})."
    ),
    "gil.interval_other": (
        "This build's interpreter reports a switch interval of **{interval}** ({micro:g} µs), "
        "not the default, `DEFAULT_INTERVAL {cited:g}` (microseconds) in CPython's source, "
        "[`Python/ceval_gil.c`]({url}): something changed it with `sys.setswitchinterval()` "
        "before the program ran."
    ),
    "gil.col_threads": "Threads",
    "gil.col_wall": "Wall time (median)",
    "gil.col_speedup": "Speed vs 1 thread (95 % interval)",
    "gil.col_ideal": "Ideal: min(threads, cores)",
    "gil.col_busy": "Cores busy (CPU ÷ wall time)",
    "gil.baseline": "baseline",
    "gil.table_note": (
        "Each speed: the median, over the paired rounds, of one thread's time divided by "
        "this time in the same round, with its 95 % interval in brackets; every round ran "
        "each thread count once, in an order that rotated from round to round. *At the "
        "limit*: the interval reaches the ideal min(threads, usable cores), so the run "
        "cannot be told apart from perfect scaling. *Cores busy*: the CPU time of the whole "
        "process divided by the wall time, median and interval over the rounds."
    ),
    "gil.past_limit": (
        "That interval lies wholly above {ideal:g}&times;, the most {cores} usable cores "
        "allow: a measurement anomaly, not real parallelism (see the note under the table)."
    ),
    "gil.cpu_gil_reproduced": (
        "**No speedup.** Against one thread, {threads} threads did the work {figure} as fast, "
        "keeping {busy} cores busy ({busy_bounds}). That is what the GIL predicts: only the "
        "thread holding it runs Python bytecode, so the threads take turns on one core's worth "
        "of work, however many cores there are ({cores} here)."
    ),
    "gil.cpu_gil_not_reproduced": (
        "**Faster than one thread, with the GIL on.** Against one thread, {threads} threads did "
        "the work {figure} as fast, keeping {busy} cores busy ({busy_bounds}). Under the GIL "
        "pure-Python threads take turns, so a result like this points at noise in the timing "
        "(another program slowing the one-thread runs), not at bytecode running in parallel."
    ),
    "gil.cpu_gil_inconclusive": (
        "**This run cannot tell.** Against one thread, {threads} threads did the work "
        "{figure} as fast: the interval straddles {threshold}, the line the site draws "
        "between taking turns and running in parallel, so these rounds were too noisy to "
        "decide."
    ),
    "gil.cpu_ft_reproduced": (
        "**The threads ran in parallel.** Against one thread, {threads} threads did the work "
        "{figure} as fast, keeping {busy} cores busy ({busy_bounds}). With the GIL off, up to "
        "min(threads, cores) = {ideal:g}&times; is possible on {cores} cores."
    ),
    "gil.cpu_ft_starved": (
        "**No parallel speedup in this run.** Against one thread, {threads} threads did the work "
        "{figure} as fast. With the GIL off, up to {ideal:g}&times; was possible on {cores} "
        "cores, but the process got only {busy} cores of CPU time ({busy_bounds}): other "
        "programs were using the rest of the machine while this ran."
    ),
    "gil.cpu_ft_contended": (
        "**No parallel speedup in this run.** Against one thread, {threads} threads did the work "
        "{figure} as fast. With the GIL off, up to {ideal:g}&times; was possible on {cores} "
        "cores; the threads kept {busy} cores busy ({busy_bounds}) yet finished no sooner, so "
        "they got in each other's way."
    ),
    "gil.cpu_ft_inconclusive": (
        "**This run cannot tell.** Against one thread, {threads} threads did the work {figure} "
        "as fast, keeping {busy} cores busy: the interval straddles {threshold}, the speedup the "
        "site asks of threads that run in parallel, so these rounds were too noisy to decide."
    ),
    "gil.cpu_one_core": (
        "The build had only one usable core, so {threads} threads could not run at the same "
        "time: against one thread they did the work {figure} as fast."
    ),
    "gil.c_reproduced": (
        "**The threads hashed in parallel.** Against one thread, {threads} threads hashed the "
        "buffers {figure} as fast and kept {busy} cores busy ({busy_bounds}): `hashlib` let go "
        "of the GIL while its C code worked, so the threads hashed at the same time."
    ),
    "gil.c_starved": (
        "**No speedup in this run.** Against one thread, {threads} threads hashed the buffers "
        "{figure} as fast, and the process got only {busy} cores of CPU time ({busy_bounds}): "
        "other programs were using the other core while this ran, so the threads had about one "
        "core to share."
    ),
    "gil.c_contended": (
        "**No speedup in this run.** Against one thread, {threads} threads hashed the buffers "
        "{figure} as fast, although the process kept {busy} cores busy ({busy_bounds})."
    ),
    "gil.c_inconclusive": (
        "**This run cannot tell.** Against one thread, {threads} threads hashed the buffers "
        "{figure} as fast: the interval straddles {threshold}, the speedup the site asks of "
        "threads that run in parallel, so these rounds were too noisy to decide."
    ),
    "gil.c_one_core": (
        "The build had only one usable core, so {threads} threads could not hash at the "
        "same time: against one thread, {figure} as fast."
    ),
    "gil.c_gil_off": (
        "This interpreter ran with the GIL off, so this run cannot show `hashlib` letting go "
        "of it: against one thread, {threads} threads hashed the buffers {figure} as fast."
    ),
    "gil.col_other_thread": "Other thread",
    "gil.col_interval": "Switch interval",
    "gil.col_late": "Nap ended late by (median, 95 % interval)",
    "gil.col_caused": "Caused by the CPU-bound thread",
    "gil.col_in_intervals": "Caused, in switch intervals",
    "gil.col_share": "CPU-bound thread's share of a core",
    "gil.no_thread": "none",
    "gil.cpu_thread": "CPU-bound",
    "gil.default_mark": "(default)",
    "gil.convoy_note": (
        "Every round napped alone and next to a CPU-bound thread at each switch interval, "
        "in an order that rotated from round to round; a setting's figure in one round is "
        "the median of its naps, and the table gives the median over rounds with its 95 % "
        "interval. *Caused by the CPU-bound thread*: per round, the lateness next to it "
        "minus the lateness alone in the same round, so the timer's own lateness on this "
        "machine does not count."
    ),
    "gil.convoy_figure": "{interval}: {caused}, that is {figure} intervals",
    "gil.convoy_status.reproduced": "(at least half an interval)",
    "gil.convoy_status.not_reproduced": "(less than half an interval)",
    "gil.convoy_status.inconclusive": "(this run cannot tell)",
    "gil.convoy_tracked": (
        "**The nap waited about one switch interval for the GIL.** Next to a CPU-bound thread, "
        "the {nap} nap ended later than it did alone in the same rounds (alone: {idle} late). "
        "The lateness the CPU-bound thread caused, per switch interval: {figures}. The napping "
        "thread woke on time, then waited for the GIL, which the CPU-bound thread gives up "
        "only when the interval runs out."
    ),
    "gil.convoy_untracked": (
        "**The napping thread did not wait for the GIL.** Next to a CPU-bound thread, the "
        "{nap} nap ended less than half a switch interval later than alone (alone: {idle} "
        "late) at every setting. The lateness the CPU-bound thread caused, per switch "
        "interval: {figures}."
    ),
    "gil.convoy_mixed": (
        "**The wait followed the switch interval only at some settings, or this run cannot "
        "tell.** Next to a CPU-bound thread, the {nap} nap ended later than alone (alone: "
        "{idle} late). The lateness the CPU-bound thread caused, per switch interval: "
        "{figures}."
    ),
    "gil.convoy_starved": (
        "The CPU-bound thread got as little as {share:.0%} of a core: other programs kept "
        "it off the CPU at times, which disturbs the wait both ways. Off the CPU while the "
        "napper sleeps, it cannot take the GIL, and the napper finds the GIL free when it "
        "wakes; off the CPU while it holds the GIL, it makes the napper wait until it runs "
        "again."
    ),
    "gil.convoy_ft_none": (
        "**No wait for a GIL.** This interpreter runs without the GIL, and next to a CPU-bound "
        "thread the {nap} nap ended less than half a switch interval later than alone (alone: "
        "{idle} late) at every setting. The lateness the CPU-bound thread caused, per switch "
        "interval: {figures}."
    ),
    "gil.convoy_ft_some": (
        "**With the GIL off, the nap still ended later next to the CPU-bound thread at some "
        "settings, or this run cannot tell** (alone: {idle} late). The lateness the CPU-bound "
        "thread caused, per switch interval: {figures}. With no GIL to wait for, a wait like "
        "that comes from the machine (the threads and other programs competing for the cores), "
        "not from a lock."
    ),
    "gil.who_title": "Who ran when: {python}",
    "gil.who_x": "Milliseconds since the first note",
    "gil.who_threads": "Two threads",
    "gil.who_processes": "Two processes",
    "gil.who_thread": "thread {n}",
    "gil.who_process": "process {n}",
    "gil.who_col_lane": "Workers",
    "gil.who_col_slices": "Stretches seen running",
    "gil.who_col_median": "Median stretch (95 % interval)",
    "gil.who_col_together": "Both running at once",
    "gil.who_turns": (
        "With the {gil}, the two threads **took turns**: they were seen running at the same "
        "time for {together:.0%} of the time, in {count} stretches whose median length was "
        "**{median}** (95 % interval {low}\u2013{high}), beside a switch interval of "
        "{switch}."
    ),
    "gil.who_alongside": (
        "With the {gil}, the two threads **ran side by side**: both were seen running for "
        "{together:.0%} of the time. Their {count} stretches had a median length of {median} "
        "(95 % interval {low}\u2013{high}); the switch interval, {switch}, did not cut them."
    ),
    "gil.who_alongside_unbroken": (
        "With the {gil}, the two threads **ran side by side**: both were seen running for "
        "{together:.0%} of the time, in {count} stretches in all, too few to give their length "
        "an interval; the switch interval, {switch}, did not cut them."
    ),
    "gil.who_few": (
        "With the {gil}, the two threads were seen running at the same time for "
        "{together:.0%} of the time, in {count} stretches in all: too few to give their length "
        "an interval or to compare it with the switch interval, {switch}."
    ),
    "gil.who_mixed": (
        "With the {gil}, the two threads were seen running at the same time for "
        "{together:.0%} of the time: neither strict turns nor side by side. In {count} "
        "stretches, median {median} (95 % interval {low}\u2013{high}), against a switch "
        "interval of {switch}; the operating system gave this program less than two cores "
        "for part of the time."
    ),
    "gil.who_serial": (
        "With the {gil}, the two threads **did not take turns**: each was seen running in a "
        "single stretch, one after the other, so the switch interval ({switch}) never cut "
        "one short."
    ),
    "gil.who_starved": (
        "With the {gil}, the two threads could have run side by side, but were seen running "
        "at the same time for only {together:.0%} of the time, in {count} stretches (median "
        "{median}, 95 % interval {low}\u2013{high}): the operating system gave this program "
        "less than two cores while it ran."
    ),
    "gil.chart_title": "How late a {nap} nap ends while a CPU-bound thread runs",
    "gil.chart_x": "Switch interval (ms, log scale)",
    "gil.chart_one_interval": "one switch interval",
    "gil.chart_idle": "no other thread (build's Python)",
    "gil.col_interpreter": "Interpreter",
    "gil.col_idle": "No other thread",
    "gil.col_at_interval": "CPU-bound thread, {interval} interval",
    "gil.col_one_thread": "1 thread (median)",
    "gil.col_speedup_at": "{threads} threads",
    "gil.col_verdict": "Result",
    "gil.verdict_gil": (
        "**This build ran with the GIL.** Its interpreter, Python {python}, is not a "
        "free-threaded build, so every measurement above was taken with the GIL on."
    ),
    "gil.verdict_ft_gil": (
        "**This build ran with the GIL.** Its interpreter, Python {python}, is a free-threaded "
        "build, but the GIL was on (`PYTHON_GIL=1`, `-X gil=1`, or an extension module that "
        "needs it), so every measurement above was taken with the GIL on."
    ),
    "gil.verdict_ft": (
        "**This build ran without the GIL.** Its interpreter, Python {python}, is a "
        "free-threaded build with the GIL off, so every measurement above was taken with the "
        "GIL off."
    ),
    "gil.no_free_threaded": (
        "The machine that built this site had no free-threaded interpreter at `{path}`, so "
        "this part shows only the build's own interpreter."
    ),
    "gil.again_under": "The same program under Python {python} free-threaded, {gil}",
    "gil.chart_y": "Late by: median and 95 % interval (ms, log scale)",
    "gil.cell_convoy": "{late}; caused {intervals} intervals",
    "gil.col_busy_at": "Cores busy, {threads} threads",
    "gil.row.threads_cpu.reproduced": "no speedup, as the GIL predicts",
    "gil.row.threads_cpu.not_reproduced": "faster: noise, not parallelism",
    "gil.row.free_threads_cpu.reproduced": "parallel",
    "gil.row.free_threads_cpu.not_reproduced": "no parallel speedup",
    "gil.row.inconclusive": "this run cannot tell",
    "gil.row.not_applicable": "one core: cannot run in parallel",
    "gil.row.no_data": "not measured",
}

KO: dict[str, tuple[str, str]] = {
    "gil.interval_default": (
        "이 빌드의 인터프리터가 보고한 스위치 간격은 "
        "**{interval}**({micro:g} µs)입니다. 다른 스레드가 GIL을 "
        "기다리고 있으면, GIL을 쥔 스레드는 이 시간이 지난 뒤 GIL을 "
        "내놓으라는 요청을 받습니다. 이 값은 CPython 소스 "
        "[`Python/ceval_gil.c`]({url})에 있는 기본값 "
        "`DEFAULT_INTERVAL {cited:g}`(마이크로초)와 같습니다.",
        "6debde",
    ),
    "gil.interval_other": (
        "이 빌드의 인터프리터가 보고한 스위치 간격은 "
        "**{interval}**({micro:g} µs)입니다. CPython 소스 "
        "[`Python/ceval_gil.c`]({url})에 있는 기본값 "
        "`DEFAULT_INTERVAL {cited:g}`(마이크로초)와 다르므로, "
        "프로그램이 실행되기 전에 무언가가 "
        "`sys.setswitchinterval()`로 값을 바꾼 것입니다.",
        "ca0443",
    ),
    "gil.col_threads": ("스레드 수", "3e42e3"),
    "gil.col_wall": ("경과 시간(중앙값)", "25f944"),
    "gil.col_speedup": ("1스레드 대비 속도(95 % 구간)", "12a087"),
    "gil.col_ideal": ("이상값: min(스레드 수, 코어 수)", "db7454"),
    "gil.col_busy": ("코어 사용량(CPU 시간 ÷ 경과 시간)", "8f64f2"),
    "gil.baseline": ("기준", "8ba849"),
    "gil.table_note": (
        "각 속도: 짝지은 라운드마다 스레드 하나일 때의 시간을 같은 라운드의 이 설정 시간으로 "
        "나눈 값의 중앙값이고, 괄호 안은 그 95 % 구간입니다. 각 라운드는 모든 스레드 수를 한 "
        "번씩, 라운드마다 돌아가는 순서로 실행했습니다. *한계에 도달*: 구간이 이상적인 값 "
        "min(스레드 수, 사용 가능한 코어 수)에 닿아, 이 실행을 완벽한 확장과 구별할 수 없다는 "
        "뜻입니다. *코어 사용량*: 프로세스 전체의 CPU 시간을 경과 시간으로 나눈 값으로, "
        "라운드에 걸친 중앙값과 구간입니다.",
        "e6b07f",
    ),
    "gil.past_limit": (
        "이 구간은 사용 가능한 코어 {cores}개가 허용하는 최대치 {ideal:g}&times;보다 완전히 "
        "위에 있습니다. 실제 병렬성이 아니라 측정 이상입니다(표 아래 설명 참고).",
        "1a7368",
    ),
    "gil.cpu_gil_reproduced": (
        "**속도 향상이 없습니다.** 스레드 하나와 비교해 스레드 {threads}개는 작업을 {figure} "
        "빠르기로 마쳤고, 코어 {busy}개({busy_bounds})를 사용했습니다. GIL로 예상되는 "
        "그대로입니다. GIL을 쥔 스레드만 Python 바이트 코드를 실행하므로, 코어가 몇 "
        "개든(여기서는 {cores}개) 스레드들은 코어 하나 분량의 일을 번갈아 처리합니다.",
        "3f785c",
    ),
    "gil.cpu_gil_not_reproduced": (
        "**GIL이 켜져 있는데도 스레드 하나보다 빨랐습니다.** 스레드 하나와 비교해 스레드 "
        "{threads}개는 작업을 {figure} 빠르기로 마쳤고, 코어 {busy}개({busy_bounds})를 "
        "사용했습니다. GIL 아래에서 순수 Python 스레드는 번갈아 실행되므로, 이런 결과는 바이트 "
        "코드가 병렬로 실행되었다는 뜻이 아니라 시간 측정에 잡음이 섞였다는 뜻입니다(다른 "
        "프로그램이 스레드 하나짜리 실행을 느리게 만든 경우).",
        "6ab9d2",
    ),
    "gil.cpu_gil_inconclusive": (
        "**이번 실행으로는 판단할 수 없습니다.** 스레드 하나와 비교해 스레드 {threads}개는 "
        "작업을 {figure} 빠르기로 마쳤습니다. 구간이 번갈아 실행과 병렬 실행을 가르는 이 "
        "사이트의 기준값 {threshold}에 걸쳐 있어, 이번 라운드들은 판단하기에 잡음이 너무 "
        "컸습니다.",
        "e7ab09",
    ),
    "gil.cpu_ft_reproduced": (
        "**스레드가 병렬로 실행되었습니다.** 스레드 하나와 비교해 스레드 {threads}개는 작업을 "
        "{figure} 빠르기로 마쳤고, 코어 {busy}개({busy_bounds})를 사용했습니다. GIL이 꺼져 "
        "있으면 코어 {cores}개에서 최대 min(스레드 수, 코어 수) = {ideal:g}&times;까지 "
        "가능합니다.",
        "cddcbe",
    ),
    "gil.cpu_ft_starved": (
        "**이번 실행에서는 병렬 속도 향상이 없었습니다.** 스레드 하나와 비교해 스레드 "
        "{threads}개는 작업을 {figure} 빠르기로 마쳤습니다. GIL이 꺼져 있어 코어 {cores}개에서 "
        "최대 {ideal:g}&times;까지 가능했지만, 프로세스가 받은 CPU 시간은 코어 "
        "{busy}개({busy_bounds}) 분량뿐이었습니다. 이 프로그램이 도는 동안 다른 프로그램들이 "
        "머신의 나머지를 쓰고 있었습니다.",
        "8c7e64",
    ),
    "gil.cpu_ft_contended": (
        "**이번 실행에서는 병렬 속도 향상이 없었습니다.** 스레드 하나와 비교해 스레드 "
        "{threads}개는 작업을 {figure} 빠르기로 마쳤습니다. GIL이 꺼져 있어 코어 {cores}개에서 "
        "최대 {ideal:g}&times;까지 가능했습니다. 스레드들은 코어 {busy}개({busy_bounds})를 "
        "사용하고도 더 빨리 끝나지 않았으니, 서로 방해가 된 것입니다.",
        "02cd90",
    ),
    "gil.cpu_ft_inconclusive": (
        "**이번 실행으로는 판단할 수 없습니다.** 스레드 하나와 비교해 스레드 {threads}개는 "
        "작업을 {figure} 빠르기로 마쳤고 코어 {busy}개를 사용했습니다. 구간이 이 사이트가 병렬 "
        "실행에 요구하는 속도 향상 {threshold}에 걸쳐 있어, 이번 라운드들은 판단하기에 잡음이 "
        "너무 컸습니다.",
        "d45fea",
    ),
    "gil.cpu_one_core": (
        "빌드 머신에서 사용할 수 있는 코어가 하나뿐이어서 스레드 {threads}개가 동시에 실행될 "
        "수 없었습니다. 스레드 하나와 비교한 빠르기는 {figure}였습니다.",
        "829360",
    ),
    "gil.c_reproduced": (
        "**스레드들이 병렬로 해시했습니다.** 스레드 하나와 비교해 스레드 {threads}개는 버퍼를 "
        "{figure} 빠르기로 해시했고, 코어 {busy}개({busy_bounds})를 사용했습니다. `hashlib`의 "
        "C 코드가 일하는 동안 GIL을 내려놓았으므로, 스레드들이 동시에 해시를 계산할 수 "
        "있었습니다.",
        "94ea98",
    ),
    "gil.c_starved": (
        "**이번 실행에서는 빨라지지 않았습니다.** 스레드 하나와 비교해 스레드 {threads}개는 "
        "버퍼를 {figure} 빠르기로 해시했고, 프로세스가 받은 CPU 시간은 코어 "
        "{busy}개({busy_bounds}) 분량뿐이었습니다. 이 프로그램이 도는 동안 다른 프로그램들이 "
        "나머지 코어를 쓰고 있었으므로, 스레드들은 코어 하나 정도를 나눠 써야 했습니다.",
        "ef6e47",
    ),
    "gil.c_contended": (
        "**이번 실행에서는 빨라지지 않았습니다.** 프로세스가 코어 {busy}개({busy_bounds})를 "
        "사용했는데도, 스레드 하나와 비교해 스레드 {threads}개는 버퍼를 {figure} 빠르기로 "
        "해시하는 데 그쳤습니다.",
        "296ed2",
    ),
    "gil.c_inconclusive": (
        "**이번 실행으로는 판단할 수 없습니다.** 스레드 하나와 비교해 스레드 {threads}개는 "
        "버퍼를 {figure} 빠르기로 해시했습니다. 구간이 이 사이트가 병렬 실행에 요구하는 속도 "
        "향상 {threshold}에 걸쳐 있어, 이번 라운드들은 판단하기에 잡음이 너무 컸습니다.",
        "1fb1cc",
    ),
    "gil.c_one_core": (
        "빌드 머신에서 사용할 수 있는 코어가 하나뿐이어서 스레드 {threads}개가 동시에 해시할 "
        "수 없었습니다. 스레드 하나와 비교한 빠르기는 {figure}였습니다.",
        "0c7ece",
    ),
    "gil.c_gil_off": (
        "이 인터프리터는 GIL을 끈 채 실행되었으므로, 이번 실행으로는 `hashlib`이 GIL을 "
        "내려놓는지 보여 줄 수 없습니다. 스레드 하나와 비교해 스레드 {threads}개는 버퍼를 "
        "{figure} 빠르기로 해시했습니다.",
        "6d5dab",
    ),
    "gil.col_other_thread": ("다른 스레드", "e97281"),
    "gil.col_interval": ("스위치 간격", "651aa6"),
    "gil.col_late": ("슬립이 늦게 끝난 시간(중앙값, 95 % 구간)", "6a72d4"),
    "gil.col_caused": ("CPU 바운드 스레드 때문에 늦어진 시간", "6ba420"),
    "gil.col_in_intervals": ("늦어진 시간(스위치 간격 단위)", "5bb9de"),
    "gil.col_share": ("CPU 바운드 스레드가 받은 코어 비율", "bdb6ae"),
    "gil.no_thread": ("없음", "140bed"),
    "gil.cpu_thread": ("CPU 바운드", "f532c5"),
    "gil.default_mark": ("(기본값)", "b3ffbb"),
    "gil.convoy_note": (
        "각 라운드는 혼자일 때와, 스위치 간격마다 CPU 바운드 스레드 옆에서 슬립했고, 순서는 "
        "라운드마다 돌아갔습니다. 한 라운드에서 한 설정의 값은 그 슬립들의 중앙값이고, 표에는 "
        "라운드에 걸친 중앙값과 그 95 % 구간이 나옵니다. *CPU 바운드 스레드 때문에 늦어진 "
        "시간*: 라운드마다 그 스레드 옆에서 늦어진 시간에서 같은 라운드에서 혼자일 때 늦어진 "
        "시간을 뺀 값이므로, 이 머신의 타이머 자체가 늦는 만큼은 포함되지 않습니다.",
        "042795",
    ),
    "gil.convoy_figure": ("{interval}: {caused}, 간격 단위로 {figure}", "e370b7"),
    "gil.convoy_status.reproduced": ("(간격의 절반 이상)", "a9b65e"),
    "gil.convoy_status.not_reproduced": ("(간격의 절반 미만)", "d52adf"),
    "gil.convoy_status.inconclusive": ("(이번 실행으로는 판단할 수 없음)", "f45e71"),
    "gil.convoy_tracked": (
        "**슬립한 스레드는 GIL을 대략 스위치 간격 하나만큼 기다렸습니다.** CPU 바운드 스레드 "
        "옆에서 {nap} 슬립은 같은 라운드에서 혼자일 때(혼자일 때 {idle} 늦음)보다 늦게 끝났습니다. "
        "CPU 바운드 스레드 때문에 늦어진 시간을 스위치 간격별로 보면 다음과 같습니다. {figures}. "
        "슬립하던 스레드는 제때 깨어났지만 그다음 GIL을 기다려야 했습니다. CPU 바운드 스레드는 "
        "간격이 다 지나야 GIL을 내놓기 때문입니다.",
        "04b2b2",
    ),
    "gil.convoy_untracked": (
        "**슬립한 스레드는 GIL을 기다리지 않았습니다.** CPU 바운드 스레드 옆에서도 {nap} 슬립은 "
        "모든 설정에서 혼자일 때(혼자일 때 {idle} 늦음)보다 스위치 간격의 절반 미만만큼만 더 늦게 "
        "끝났습니다. CPU 바운드 스레드 때문에 늦어진 시간을 스위치 간격별로 보면 다음과 같습니다. "
        "{figures}.",
        "be4742",
    ),
    "gil.convoy_mixed": (
        "**기다린 시간이 일부 설정에서만 스위치 간격을 따랐거나, 이번 실행으로는 판단할 수 "
        "없습니다.** CPU 바운드 스레드 옆에서 {nap} 슬립은 혼자일 때(혼자일 때 {idle} 늦음)보다 "
        "늦게 끝났습니다. CPU 바운드 스레드 때문에 늦어진 시간을 스위치 간격별로 보면 다음과 "
        "같습니다. {figures}.",
        "54996b",
    ),
    "gil.convoy_starved": (
        "CPU 바운드 스레드가 받은 몫은 코어 하나의 {share:.0%}까지 떨어졌습니다. 다른 "
        "프로그램들이 때때로 이 스레드를 CPU에서 밀어냈고, 이는 기다리는 시간을 양쪽으로 "
        "흔듭니다. 상대가 슬립하는 동안 CPU를 받지 못하면 GIL을 가져갈 수 없어, 깨어난 "
        "스레드는 GIL이 비어 있는 것을 봅니다. GIL을 쥔 채 CPU를 받지 못하면, 깨어난 스레드는 "
        "이 스레드가 다시 실행될 때까지 기다립니다.",
        "37a1af",
    ),
    "gil.convoy_ft_none": (
        "**GIL을 기다리지 않았습니다.** 이 인터프리터는 GIL 없이 실행되며, CPU 바운드 스레드 "
        "옆에서 {nap} 슬립은 모든 설정에서 혼자일 때(혼자일 때 {idle} 늦음)보다 스위치 간격의 절반 "
        "미만만큼만 더 늦게 끝났습니다. CPU 바운드 스레드 때문에 늦어진 시간을 스위치 간격별로 "
        "보면 다음과 같습니다. {figures}.",
        "7dc64b",
    ),
    "gil.convoy_ft_some": (
        "**GIL이 꺼져 있는데도 일부 설정에서는 CPU 바운드 스레드 옆에서 슬립이 더 늦게 끝났거나, "
        "이번 실행으로는 판단할 수 없습니다**(혼자일 때 {idle} 늦음). CPU 바운드 스레드 때문에 "
        "늦어진 시간을 스위치 간격별로 보면 다음과 같습니다. {figures}. 기다릴 GIL이 없으므로, "
        "이런 대기는 락이 아니라 머신에서 옵니다(스레드들과 다른 프로그램들이 코어를 두고 다툰 "
        "것).",
        "ccdbdf",
    ),
    "gil.who_title": ("누가 언제 실행됐나: {python}", "fad299"),
    "gil.who_x": ("첫 기록 뒤 흐른 시간(밀리초)", "7e4594"),
    "gil.who_threads": ("스레드 두 개", "1621b9"),
    "gil.who_processes": ("프로세스 두 개", "710284"),
    "gil.who_thread": ("스레드 {n}", "33c265"),
    "gil.who_process": ("프로세스 {n}", "8f04ab"),
    "gil.who_col_lane": ("워커", "7a1ec9"),
    "gil.who_col_slices": ("실행 중으로 보인 구간 수", "e79c8c"),
    "gil.who_col_median": ("구간 길이 중앙값(95 % 구간)", "ae4bc2"),
    "gil.who_col_together": ("둘이 동시에 실행된 비율", "49ce5c"),
    "gil.who_turns": (
        "{gil} 상태에서 두 스레드는 **번갈아 실행됐습니다**. 동시에 실행 중으로 보인 시간은 "
        "{together:.0%}였고, {count}개 구간의 길이 중앙값은 **{median}**(95 % 구간 "
        "{low}\u2013{high})로, 스위치 간격 {switch}와 나란히 놓입니다.",
        "1cae33",
    ),
    "gil.who_alongside": (
        "{gil} 상태에서 두 스레드는 **나란히 실행됐습니다**. 둘 다 실행 중으로 보인 시간이 "
        "{together:.0%}입니다. {count}개 구간의 길이 중앙값은 {median}(95 % 구간 "
        "{low}\u2013{high})이며, 스위치 간격 {switch}가 구간을 끊지 않았습니다.",
        "02e7ec",
    ),
    "gil.who_alongside_unbroken": (
        "{gil} 상태에서 두 스레드는 **나란히 실행됐습니다**. 둘 다 실행 중으로 보인 시간이 "
        "{together:.0%}이고, 구간은 모두 {count}개로 길이에 구간을 붙이기에는 너무 적습니다. "
        "스위치 간격 {switch}가 구간을 끊지 않았습니다.",
        "00ef50",
    ),
    "gil.who_few": (
        "{gil} 상태에서 두 스레드가 동시에 실행 중으로 보인 시간은 {together:.0%}이고, 구간은 "
        "모두 {count}개입니다. 길이에 구간을 붙이거나 스위치 간격 {switch}와 견주기에는 너무 "
        "적습니다.",
        "cd2b21",
    ),
    "gil.who_mixed": (
        "{gil} 상태에서 두 스레드가 동시에 실행 중으로 보인 시간은 {together:.0%}였습니다. "
        "엄격하게 번갈아 실행된 것도, 완전히 나란히 실행된 것도 아닙니다. {count}개 구간의 "
        "중앙값은 {median}(95 % 구간 {low}\u2013{high}), 스위치 간격은 {switch}입니다. 운영 "
        "체제가 이 프로그램에 코어 두 개보다 적게 준 시간이 있었습니다.",
        "2091bf",
    ),
    "gil.who_serial": (
        "{gil} 상태에서 두 스레드는 **번갈아 실행되지 않았습니다**. 각각 한 구간에서만 실행 "
        "중으로 보였고 하나가 끝난 뒤 다른 하나가 실행됐으므로, 스위치 간격({switch})이 어느 "
        "쪽도 끊지 않았습니다.",
        "640fa8",
    ),
    "gil.who_starved": (
        "{gil} 상태에서 두 스레드는 나란히 실행될 수 있었지만, 동시에 실행 중으로 보인 시간은 "
        "{together:.0%}뿐이었습니다. {count}개 구간(중앙값 {median}, 95 % 구간 "
        "{low}\u2013{high}). 이 프로그램이 도는 동안 운영 체제가 코어를 두 개보다 적게 "
        "주었습니다.",
        "670ef8",
    ),
    "gil.chart_title": (
        "CPU 바운드 스레드가 도는 동안 {nap} 슬립은 얼마나 늦게 끝나는가",
        "9f412a",
    ),
    "gil.chart_x": ("스위치 간격(ms, 로그 눈금)", "e93dcc"),
    "gil.chart_one_interval": ("스위치 간격 하나", "5331f7"),
    "gil.chart_idle": ("다른 스레드 없음(빌드의 Python)", "c0f6a2"),
    "gil.col_interpreter": ("인터프리터", "3a8971"),
    "gil.col_idle": ("다른 스레드 없음", "e21f77"),
    "gil.col_at_interval": ("CPU 바운드 스레드, 간격 {interval}", "6b9664"),
    "gil.col_one_thread": ("스레드 1개(중앙값)", "69f27c"),
    "gil.col_speedup_at": ("스레드 {threads}개", "e23f21"),
    "gil.col_verdict": ("결과", "6e7d50"),
    "gil.verdict_gil": (
        "**이 빌드는 GIL을 켠 채 실행되었습니다.** 인터프리터(Python "
        "{python})가 프리스레딩 빌드가 아니므로, 위의 모든 측정은 "
        "GIL이 켜진 상태에서 이루어졌습니다.",
        "a74208",
    ),
    "gil.verdict_ft_gil": (
        "**이 빌드는 GIL을 켠 채 실행되었습니다.** 인터프리터(Python "
        "{python})는 프리스레딩 빌드이지만 GIL이 켜져 "
        "있었으므로(`PYTHON_GIL=1`, `-X gil=1`, 또는 GIL이 필요한 "
        "확장 모듈 때문에), 위의 모든 측정은 GIL이 켜진 상태에서 "
        "이루어졌습니다.",
        "295ec4",
    ),
    "gil.verdict_ft": (
        "**이 빌드는 GIL 없이 실행되었습니다.** 인터프리터(Python "
        "{python})는 GIL이 꺼진 프리스레딩 빌드이므로, 위의 모든 "
        "측정은 GIL이 꺼진 상태에서 이루어졌습니다.",
        "678a3a",
    ),
    "gil.no_free_threaded": (
        "이 사이트를 빌드한 머신의 `{path}`에는 프리스레딩 "
        "인터프리터가 없었으므로, 이 부분은 빌드 자체의 인터프리터 "
        "결과만 보여 줍니다.",
        "f8da16",
    ),
    "gil.again_under": (
        "같은 프로그램을 Python {python} 프리스레딩 빌드({gil})로 실행한 결과",
        "0ee780",
    ),
    "gil.chart_y": ("늦어진 시간: 중앙값과 95 % 구간(ms, 로그 눈금)", "5b8565"),
    "gil.cell_convoy": ("{late}; 간격 단위로 {intervals} 더 늦음", "420095"),
    "gil.col_busy_at": ("코어 사용량, 스레드 {threads}개", "774635"),
    "gil.row.threads_cpu.reproduced": ("향상 없음, GIL로 예상되는 대로", "f58759"),
    "gil.row.threads_cpu.not_reproduced": ("더 빠름: 병렬성이 아니라 잡음", "e68166"),
    "gil.row.free_threads_cpu.reproduced": ("병렬", "83a003"),
    "gil.row.free_threads_cpu.not_reproduced": ("병렬 속도 향상 없음", "109717"),
    "gil.row.inconclusive": ("이번 실행으로는 판단할 수 없음", "2ef026"),
    "gil.row.not_applicable": ("코어 하나: 병렬 실행 불가", "a423a5"),
    "gil.row.no_data": ("측정되지 않음", "059dcc"),
}
