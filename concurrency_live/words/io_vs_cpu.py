"""The benchmarks' words (docs/io-vs-cpu.md, pages/io_vs_cpu.py): strategies, workloads, their
tables and charts.

``EN`` holds the English; ``KO`` the Korean of the same keys, each with the hash of the English
it translates (``python -m concurrency_live.words --hashes KEY``): see words/__init__.py.
"""

EN: dict[str, str] = {
    "bench.skipped_python": "`{name}`: skipped, {why}.",
    "bench.skip.not_found": "no such interpreter on this machine",
    "bench.skip.does_not_start": "it is there but did not start",
    "bench.failed_python": "`{name}`: the benchmark failed ({problem}).",
    "bench.not_run": "not run",
    "bench.col_workload": "Work",
    "bench.col_strategy": "Strategy",
    "bench.col_workers": "Workers",
    "bench.col_limit_cpu": "Ideal speedup",
    "bench.col_limit_io": "Floor",
    "bench.col_median": "Median",
    "bench.col_min": "Min",
    "bench.col_max": "Max",
    "bench.workload.primes": "primes",
    "bench.workload.http": "HTTP",
    "bench.workload.sleep": "time.sleep",
    "bench.strategy.sequential": "sequential",
    "bench.strategy.threads": "threads",
    "bench.strategy.processes": "processes",
    "bench.strategy.interpreters": "subinterpreters",
    "bench.strategy.asyncio": "asyncio",
    "bench.limit_cpu": "{ideal:g}\u00d7",
    "bench.limit_io": "{floor}",
    "bench.strategy_skipped": "{strategy} not measured on {pythons}: {why}.",
    "bench.why_skipped.interpreters": (
        "`concurrent.futures.InterpreterPoolExecutor` is new in Python 3.14"
    ),
    "bench.timings_title": "Raw timings and data: {python}",
    "bench.download": "Download these results as JSON ({name}, {size:.1f} KB)",
    "bench.series.primes": "{strategy}",
    "bench.series.http": "{strategy}",
    "bench.series.sleep": "{strategy}, time.sleep only",
    "bench.ideal_cpu": "ideal: min(workers, cores)",
    "bench.ideal_io": "ideal: at the floor",
    "bench.chart_title_cpu": "CPU-bound work: speedup by workers, {python}",
    "bench.chart_title_io": "I/O-bound work: speedup by workers, {python}",
    "bench.chart_x": "Workers (count, log scale)",
    "bench.chart_y": "Speedup over sequential (times)",
    "bench.chart_desc_cpu": (
        "Speedup of each strategy against the number of workers, {python}, {cores} usable "
        "cores; the dashed ideal line is min(workers, cores). Workers and speedup:"
    ),
    "bench.chart_desc_io": (
        "Speedup of each strategy against the number of workers, {python}; the dashed line "
        "is the speedup a run exactly at the floor would have. Workers and speedup:"
    ),
    "bench.col_rounds": "Rounds",
    "bench.cell_baseline": "{time} (baseline)",
    "bench.cell_io": "{time}: {ratio} the floor ({bounds})",
    "bench.at_limit": "**at the limit**",
    "bench.past_limit": "**past the limit: a measurement anomaly**",
    "bench.past_limit_note": (
        "*Past the limit* marks a figure whose whole interval lies beyond what the machine "
        "allows (faster than min(workers, cores) times sequential, or quicker than the "
        "floor). That is not real parallelism: something disturbed the baseline in those "
        "rounds, or the machine has more cores than it reported. Read such a figure as "
        "\u201cat the limit, with noise\u201d, not as a real result."
    ),
    "bench.table_note_cpu": (
        "Each cell: the speedup over sequential, the median of the per-round ratios "
        "(sequential time / this time, both from the same round), and its 95 % interval in "
        "brackets. *At the limit*: the interval reaches the ideal speedup "
        "min(workers, usable cores), so the run cannot be told apart from perfect scaling."
    ),
    "bench.table_note_io": (
        "Each cell: the median time of one run of all requests, then that time as a "
        "multiple of the floor with its 95 % interval (1.00\u00d7 = at the floor). The floor "
        "is delay \u00d7 ceil(requests / workers): the waits that no strategy can avoid."
    ),
    "bench.stopped_precise": (
        "{python}: {rounds} rounds, ended because every interval was within "
        "\u00b1{precision:.0%} of its median."
    ),
    "bench.stopped_budget": (
        "{python}: {rounds} rounds, ended by the time budget of {budget:g} s before every "
        "interval was within \u00b1{precision:.0%} of its median."
    ),
    "bench.stopped_max_rounds": (
        "{python}: {rounds} rounds, the most allowed, before every interval was within "
        "\u00b1{precision:.0%} of its median."
    ),
    "bench.setup_cpu": (
        "The CPU-bound work counts the {primes:,} primes below {limit:,} by trial division "
        "in pure Python, split into {tasks} equal tasks, on {cores} usable cores ({cpu}). "
        "Every pool is started and warmed up first (each worker does one task). Then each "
        "*round* runs every configuration once, in an order that rotates by one place from "
        "round to round, so that a machine that gets busier or quieter slows all of them "
        "alike; a speedup is computed within each round against that round's sequential "
        "run. Rounds go on (at least {min_rounds}) until every speedup's 95 % interval is "
        "within \u00b1{precision:.0%} of its median, or {budget:g} s have passed. Every "
        "answer is checked against a sieve of Eratosthenes before its time counts."
    ),
    "bench.setup_io": (
        "The I/O-bound work sends {requests} HTTP requests to a server on 127.0.0.1 that "
        "waits {delay_ms:g} ms before each answer; every body is checked. The idealised "
        "case does the same waits with `time.sleep` and no network. Every pool is started "
        "and warmed up first; processes start with `{start_method}`. Then each *round* runs "
        "every configuration once, in an order that rotates from round to round; rounds go "
        "on (at least {min_rounds}) until every interval is within \u00b1{precision:.0%} of "
        "its median, or {budget:g} s have passed."
    ),
    "bench.who_title": "Who ran when, counting primes: {python}",
    "bench.who_x": "Milliseconds since the first note",
    "bench.who_threads": "Two threads",
    "bench.who_processes": "Two processes",
    "bench.who_thread": "thread {n}",
    "bench.who_process": "process {n}",
    "bench.who_col_workers": "Workers",
    "bench.who_col_stretches": "Stretches seen running",
    "bench.who_col_span": "From first to last note",
    "bench.who_col_together": "Both running at once",
    "bench.who_together": (
        "With {python}, the two threads were seen running at the same time for "
        "{threads:.0%} of the time, the two processes for {processes:.0%}."
    ),
    "bench.cost": (
        "The benchmark programs of this page ran {count} times in this build and took "
        "{total:.0f} s in all."
    ),
}

KO: dict[str, tuple[str, str]] = {
    "bench.skipped_python": ("`{name}`: 건너뛰었습니다({why}).", "4f2e95"),
    "bench.skip.not_found": ("이 컴퓨터에 없는 인터프리터", "9a89a4"),
    "bench.skip.does_not_start": ("있지만 시작되지 않음", "3f7394"),
    "bench.failed_python": ("`{name}`: 벤치마크가 실패했습니다({problem}).", "af1069"),
    "bench.not_run": ("실행 안 함", "b4a984"),
    "bench.col_workload": ("작업", "104ab9"),
    "bench.col_strategy": ("전략", "6b2771"),
    "bench.col_workers": ("워커 수", "7a1ec9"),
    "bench.col_limit_cpu": ("이상적 속도 향상", "85152e"),
    "bench.col_limit_io": ("하한", "d268c9"),
    "bench.col_median": ("중앙값", "daab7c"),
    "bench.col_min": ("최소", "dea793"),
    "bench.col_max": ("최대", "a1a593"),
    "bench.workload.primes": ("소수 세기", "df35ed"),
    "bench.workload.http": ("HTTP", "56d6f3"),
    "bench.workload.sleep": ("time.sleep", "e9b17b"),
    "bench.strategy.sequential": ("순차 실행", "3ee15b"),
    "bench.strategy.threads": ("스레드", "4cc500"),
    "bench.strategy.processes": ("프로세스", "abd4c4"),
    "bench.strategy.interpreters": ("서브인터프리터", "8836eb"),
    "bench.strategy.asyncio": ("asyncio", "8eb9b5"),
    "bench.limit_cpu": ("{ideal:g}\u00d7", "817a51"),
    "bench.limit_io": ("{floor}", "e6fb8b"),
    "bench.strategy_skipped": (
        "{pythons}에서는 {strategy} 전략을 측정하지 않았습니다. {why}.",
        "6b1718",
    ),
    "bench.why_skipped.interpreters": (
        "`concurrent.futures.InterpreterPoolExecutor`는 Python 3.14에서 새로 도입되었습니다",
        "2ab74f",
    ),
    "bench.timings_title": ("원시 측정값과 데이터: {python}", "553570"),
    "bench.download": ("이 결과를 JSON으로 내려받기({name}, {size:.1f} KB)", "53a938"),
    "bench.series.primes": ("{strategy}", "ef727a"),
    "bench.series.http": ("{strategy}", "ef727a"),
    "bench.series.sleep": ("{strategy}, time.sleep만", "cbf704"),
    "bench.ideal_cpu": ("이상: min(워커, 코어)", "f8de84"),
    "bench.ideal_io": ("이상: 하한에 도달", "5bd2eb"),
    "bench.chart_title_cpu": ("CPU 바운드 작업: 워커 수에 따른 속도 향상, {python}", "68ec94"),
    "bench.chart_title_io": ("I/O 바운드 작업: 워커 수에 따른 속도 향상, {python}", "7ee23c"),
    "bench.chart_x": ("워커 수(로그 눈금)", "fe7b15"),
    "bench.chart_y": ("순차 실행 대비 속도 향상(배)", "30fd1b"),
    "bench.chart_desc_cpu": (
        "워커 수에 따른 전략별 속도 향상, {python}, 사용 가능한 코어 "
        "{cores}개. 점선으로 그린 이상선은 min(워커 수, 코어 "
        "수)입니다. 워커 수와 속도 향상:",
        "fc1d44",
    ),
    "bench.chart_desc_io": (
        "워커 수에 따른 전략별 속도 향상, {python}. 점선은 정확히 "
        "하한에서 끝나는 실행이 낼 속도 향상입니다. 워커 수와 속도 "
        "향상:",
        "685b94",
    ),
    "bench.col_rounds": ("라운드", "e9af9c"),
    "bench.cell_baseline": ("{time} (기준)", "c62448"),
    "bench.cell_io": ("{time}: 하한의 {ratio} ({bounds})", "e6c387"),
    "bench.at_limit": ("**한계에 도달**", "ebf73c"),
    "bench.past_limit": ("**한계를 넘음: 측정 이상**", "391e70"),
    "bench.past_limit_note": (
        "*한계를 넘음*은 구간 전체가 이 컴퓨터가 허용하는 범위를 벗어난 수치에 붙습니다"
        "(순차 실행보다 min(워커 수, 코어 수)배 넘게 빠르거나, 하한보다 빠름). 이것은 "
        "실제 병렬 실행이 아닙니다. 그 라운드들에서 무언가가 기준 측정을 방해했거나, "
        "컴퓨터에 보고된 것보다 많은 코어가 있었다는 뜻입니다. 이런 수치는 실제 결과가 "
        "아니라 \u201c잡음이 섞인, 한계에 도달한 값\u201d으로 읽으세요.",
        "935f97",
    ),
    "bench.table_note_cpu": (
        "각 칸: 순차 실행 대비 속도 향상. 라운드마다 구한 비율(같은 라운드의 순차 실행 "
        "시간 / 이 설정의 시간)의 중앙값이고, 괄호 안은 그 95 % 구간입니다. *한계에 "
        "도달*: 구간이 이상적인 속도 향상 min(워커 수, 사용 가능한 코어 수)에 닿아, 이 "
        "실행을 완벽한 확장과 구별할 수 없다는 뜻입니다.",
        "ff5bf3",
    ),
    "bench.table_note_io": (
        "각 칸: 모든 요청을 한 번 처리하는 데 걸린 시간의 중앙값, 그리고 그 시간이 "
        "하한의 몇 배인지와 그 95 % 구간(1.00\u00d7 = 하한). 하한은 지연 \u00d7 "
        "ceil(요청 수 / 워커 수)로, 어떤 방식으로도 피할 수 없는 대기 시간입니다.",
        "4ecb13",
    ),
    "bench.stopped_precise": (
        "{python}: {rounds}라운드. 모든 구간이 중앙값의 \u00b1{precision:.0%} 안에 들어와 "
        "멈췄습니다.",
        "8cc81a",
    ),
    "bench.stopped_budget": (
        "{python}: {rounds}라운드. 모든 구간이 중앙값의 \u00b1{precision:.0%} 안에 들기 "
        "전에 시간 예산 {budget:g}초가 다 되어 멈췄습니다.",
        "b762f4",
    ),
    "bench.stopped_max_rounds": (
        "{python}: {rounds}라운드. 모든 구간이 중앙값의 \u00b1{precision:.0%} 안에 들기 "
        "전에 허용된 최대 라운드 수에 도달했습니다.",
        "776893",
    ),
    "bench.setup_cpu": (
        "CPU 바운드 작업은 {limit:,} 미만의 소수 {primes:,}개를 순수 Python으로 시험 "
        "나눗셈(trial division)을 해 가며 세고, 이를 같은 크기의 작업 {tasks}개로 "
        "나눕니다. 사용 가능한 코어는 {cores}개({cpu})입니다. 먼저 모든 풀을 시작하고 "
        "예열합니다(워커마다 작업 하나씩). 그다음 각 *라운드*에서 모든 설정을 한 번씩 "
        "실행하는데, 순서를 라운드마다 한 칸씩 돌려서 컴퓨터가 점점 바빠지거나 한가해져도 "
        "모든 설정이 똑같이 영향을 받게 합니다. 속도 향상은 라운드마다 그 라운드의 순차 "
        "실행과 비교해 구합니다. 라운드는 (최소 {min_rounds}번) 모든 속도 향상의 95 % "
        "구간이 중앙값의 \u00b1{precision:.0%} 안에 들거나 {budget:g}초가 지날 때까지 "
        "계속됩니다. 모든 답은 시간을 재기 전에 에라토스테네스의 체로 구한 답과 대조합니다.",
        "e6d117",
    ),
    "bench.setup_io": (
        "I/O 바운드 작업은 응답마다 {delay_ms:g}ms를 기다리는 127.0.0.1의 서버에 HTTP "
        "요청 {requests}개를 보내고, 모든 응답 본문을 확인합니다. 이상적인 경우는 같은 "
        "대기를 네트워크 없이 `time.sleep`으로 합니다. 먼저 모든 풀을 시작하고 예열하며, "
        "프로세스는 `{start_method}`로 시작합니다. 그다음 각 *라운드*에서 모든 설정을 한 "
        "번씩, 라운드마다 돌아가는 순서로 실행합니다. 라운드는 (최소 {min_rounds}번) 모든 "
        "구간이 중앙값의 \u00b1{precision:.0%} 안에 들거나 {budget:g}초가 지날 때까지 "
        "계속됩니다.",
        "9a50e8",
    ),
    "bench.who_title": ("소수를 세는 동안 누가 언제 실행됐나: {python}", "0cbd36"),
    "bench.who_x": ("첫 기록 뒤 흐른 시간(밀리초)", "7e4594"),
    "bench.who_threads": ("스레드 두 개", "1621b9"),
    "bench.who_processes": ("프로세스 두 개", "710284"),
    "bench.who_thread": ("스레드 {n}", "33c265"),
    "bench.who_process": ("프로세스 {n}", "8f04ab"),
    "bench.who_col_workers": ("워커", "7a1ec9"),
    "bench.who_col_stretches": ("실행 중으로 보인 구간 수", "e79c8c"),
    "bench.who_col_span": ("첫 기록부터 마지막 기록까지", "4bb706"),
    "bench.who_col_together": ("둘이 동시에 실행된 비율", "49ce5c"),
    "bench.who_together": (
        "{python}에서 두 스레드가 동시에 실행 중으로 보인 시간은 {threads:.0%}, 두 "
        "프로세스는 {processes:.0%}였습니다.",
        "387a56",
    ),
    "bench.cost": (
        "이 페이지의 벤치마크 프로그램은 이번 빌드에서 {count}번 "
        "실행되었고, 모두 합해 {total:.0f}초가 걸렸습니다.",
        "a58489",
    ),
}
