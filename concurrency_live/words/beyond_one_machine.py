"""The Dask page's words (docs/beyond-one-machine.md, pages/beyond_one_machine.py).

``EN`` holds the English; ``KO`` the Korean of the same keys, each with the hash of the English
it translates (``python -m concurrency_live.words --hashes KEY``): see words/__init__.py.
"""

EN: dict[str, str] = {
    "cluster.col_way": "Way",
    "cluster.col_time": "Time per run: median of the rounds",
    "cluster.col_range": "min &ndash; max",
    "cluster.col_speedup": "Speed-up vs sequential, per round",
    "cluster.cell_baseline": "baseline",
    "cluster.workload_note": (
        "Each figure is the median over the rounds, with its 95 % interval in brackets; a "
        "speed-up is the median of the per-round ratios (the sequential time of a round divided "
        "by this way's time in the same round). *At the limit*: the interval reaches {ideal}, "
        "min(workers, usable cores), so the run cannot be told apart from perfect scaling."
    ),
    "cluster.method_primes": (
        "Each *round* ran the four ways once, in an order that rotated by one place from "
        "round to round, and checked every answer against the sieve; every speed-up and "
        "every ratio is computed within a round, so a machine that got busier or quieter "
        "slowed all four alike."
    ),
    "cluster.method_start": (
        "Each *round* started and stopped one pool of each kind, first one kind, then the "
        "other, in an order that alternated from round to round; the cluster's time to be "
        "ready is divided by the pool's time in the same round."
    ),
    "cluster.method_sweep": (
        "Each *round* ran all {configs} configurations once (the tasks that do nothing, for "
        "each way, and the process pool and Dask at every task size), in an order that "
        "rotated by one place from round to round, and checked every answer; the pool and "
        "Dask are compared within a round."
    ),
    "cluster.workload_speedups": (
        "On {workers} workers, the {tasks} tasks ran {pool_speedup} as fast as one after "
        "another in the process pool, {dask_speedup} with `Client.map` + `gather`, and "
        "{executor_speedup} through `Client.get_executor()`."
    ),
    "cluster.workload_dask_slower": (
        "**Dask's `Client.map` took longer than the process pool: {ratio} the pool's time** "
        "in the same round, for the same work on the same cores. That is the price of its "
        "scheduler and of sending every task and every answer over TCP, with nothing gained "
        "in return on a single machine."
    ),
    "cluster.workload_dask_faster": (
        "**Dask's `Client.map` took less time than the process pool: {ratio} the pool's "
        "time** in the same round. Both ran the same tasks on the same cores, so the gap "
        "says how each handed out the tasks here, not that Dask adds computing power on one "
        "machine."
    ),
    "cluster.workload_dask_same": (
        "**This run cannot tell Dask's `Client.map` from the process pool:** it took "
        "{ratio} the pool's time in the same round, an interval that includes 1, the same "
        "time. For tasks of this size the scheduler cost too little to show."
    ),
    "cluster.workload_executor": (
        "Through `Client.get_executor()` the same work took {executor_ratio} the pool's time."
    ),
    "cluster.start_slower": (
        "A local cluster with {workers} workers was ready in **{ready}**, a "
        "`ProcessPoolExecutor` with as many workers (start method `{method}`) in {pool_ready}: "
        "per round, the cluster took **{ratio} as long**. Stopping took {stop} against "
        "{pool_stop}."
    ),
    "cluster.start_faster": (
        "A local cluster with {workers} workers was ready in **{ready}**, a "
        "`ProcessPoolExecutor` with as many workers (start method `{method}`) in {pool_ready}: "
        "per round, the cluster took only {ratio} the pool's time, **less than the pool**. "
        "Stopping took {stop} against {pool_stop}."
    ),
    "cluster.start_same": (
        "A local cluster with {workers} workers was ready in **{ready}**, a "
        "`ProcessPoolExecutor` with as many workers (start method `{method}`) in {pool_ready}: "
        "per round, the cluster took {ratio} the pool's time, an interval that includes 1, so "
        "**this run cannot tell the two apart**. Stopping took {stop} against {pool_stop}."
    ),
    "cluster.col_per_task": "Per task: median of the rounds (95 % interval), {count} tasks a round",
    "cluster.overhead_dearer": (
        "Handing one task to Dask and getting its answer back cost **{dask}**, against "
        "{pool} with a process pool: **{ratio} as much** in the same round. Calling the "
        "function directly cost {call}. A task whose work is not much larger than "
        "{dask_median} spends most of its time being scheduled."
    ),
    "cluster.overhead_cheaper": (
        "Handing one task to Dask and getting its answer back cost **{dask}**, against "
        "{pool} with a process pool: {ratio} as much in the same round, **less than the "
        "pool**. Calling the function directly cost {call}."
    ),
    "cluster.overhead_same": (
        "Handing one task to Dask and getting its answer back cost **{dask}**, against "
        "{pool} with a process pool: {ratio} as much in the same round, an interval that "
        "includes 1, so **this run cannot tell the two apart**. Calling the function "
        "directly cost {call}."
    ),
    "cluster.chart_title": "Efficiency by task size ({tasks} tasks per run)",
    "cluster.chart_x": "Work per task",
    "cluster.chart_y": "Efficiency (ideal ÷ measured time)",
    "cluster.chart_ideal": "ideal: sharing costs nothing",
    "cluster.label_pool": "ProcessPoolExecutor",
    "cluster.label_dask": "Dask Client.map",
    "cluster.chart_desc": (
        "Efficiency of {tasks} equal tasks on {workers} workers, for work per task from "
        "{low} to {high}: the medians of the rounds, with their intervals as error bars. "
        "{points}."
    ),
    "cluster.past_ideal_note": (
        "**Past the limit:** the whole efficiency interval of {points} lies above 100%, "
        "which no pool can reach. The ideal time rests on the speed of `spin()` measured at "
        "the start of the program; here the workers ran faster than that (or something "
        "slowed that first measurement). Read such a point as \u201cat the ideal\u201d, not "
        "as better than it."
    ),
    "cluster.col_size": "Work per task",
    "cluster.col_ideal": "Ideal time ({tasks} tasks on {workers} workers)",
    "cluster.col_pool": "Process pool: efficiency",
    "cluster.col_dask": "Dask: efficiency",
    "cluster.col_share": "Dask's efficiency ÷ the pool's, per round",
    "cluster.col_reached": "At least {share}?",
    "cluster.share_reached": "yes: the whole interval",
    "cluster.share_not_reached": "no: the whole interval below",
    "cluster.share_unclear": "cannot tell: the interval straddles {share}",
    "cluster.share_no_data": "no interval",
    "cluster.efficiency_note": (
        "Efficiency: the ideal time divided by the time of a round; each cell gives the median "
        "over the rounds and, in brackets, its 95 % interval. Dask's efficiency divided by the "
        "pool's is, per round, the pool's time divided by Dask's at the same size (the ideal "
        "time cancels out). *At the limit*: the interval reaches 100%, so the run cannot be told "
        "apart from no overhead at all."
    ),
    "cluster.crossover_definition": (
        "The **crossover** is the smallest task size from which on, at that size and every "
        "larger one in the sweep, Dask's efficiency is at least {share} of the process "
        "pool's. Within a round, Dask's efficiency divided by the pool's is the pool's time "
        "divided by Dask's at the same size (the ideal time cancels out). A size counts "
        "only when the whole interval of the median of those per-round ratios lies at or "
        "above {share}; a size whose interval straddles {share} counts as undecided, not "
        "as reached."
    ),
    "cluster.crossover_found": (
        "**From tasks of {size} upward, Dask's efficiency was at least {share} of the "
        "process pool's in this build:** {ratio} at {size}, and the whole interval lay at "
        "or above {share} at every larger size in the sweep too."
    ),
    "cluster.crossover_below_not": (
        "At {below}, the next size down, it was {below_ratio}: the whole interval below {share}."
    ),
    "cluster.crossover_below_unclear": (
        "At {below}, the next size down, it was {below_ratio}: an interval that straddles "
        "{share}, so this run cannot tell whether the crossover lies lower."
    ),
    "cluster.crossover_everywhere": (
        "**Dask's efficiency was at least {share} of the process pool's at every task size "
        "in the sweep**, down to {smallest} ({ratio} there): in this build the scheduler's "
        "overhead did not matter even for the smallest tasks."
    ),
    "cluster.crossover_none": (
        "**No crossover in this build:** even at the largest size in the sweep, {size} of "
        "work per task, Dask's efficiency was {ratio} of the process pool's, the whole "
        "interval below {share}. On this machine the scheduler's overhead mattered at every "
        "task size measured."
    ),
    "cluster.crossover_none_unclear": (
        "**No crossover this run can vouch for:** at the largest size in the sweep, {size} "
        "of work per task, Dask's efficiency was {ratio} of the process pool's, an interval "
        "that straddles {share}. It would take more rounds, or a quieter machine, to tell."
    ),
    "cluster.killed_complete": (
        "In this build the killed worker had {in_hand} unfinished task(s) in hand and held "
        "{held} finished result(s). The scheduler ran those tasks again on the workers that "
        "were left, and `gather()` returned all {answers} answers for the {tasks} tasks, each "
        "equal to the sieve's."
    ),
    "cluster.killed_wrong": (
        "In this build the killed worker had {in_hand} unfinished task(s) in hand and held "
        "{held} finished result(s), and `gather()` did **not** return the sieve's answers for "
        "the {tasks} tasks ({answers} answers came back)."
    ),
    "cluster.killed_restarted": (
        "Dask's nanny, which watches each worker process, then started a new one in its place."
    ),
    "cluster.killed_not_restarted": (
        "No new worker process took its place in the time the program waited."
    ),
    "cluster.summary_start": (
        "**Start-up:** a local cluster was ready in {ready}, a process pool in {pool_ready}: "
        "per round, {ratio} as long."
    ),
    "cluster.summary_task": (
        "**Per task:** {dask} with Dask, {pool} with a process pool: per round, {ratio} as much."
    ),
    "cluster.summary_size_found": (
        "**Task size:** from {size} of work per task, Dask's efficiency was at least {share} "
        "of the process pool's; at {size}, {ratio}."
    ),
    "cluster.summary_size_none": (
        "**Task size:** at no size up to {size} of work per task was Dask's efficiency shown "
        "to reach {share} of the process pool's; at {size}, {ratio}."
    ),
    "cluster.summary_workload": (
        "**The prime-counting workload** ({tasks} tasks): {pool} in the process pool, {dask} "
        "on the local cluster: per round, Dask took {ratio} the pool's time."
    ),
}

KO: dict[str, tuple[str, str]] = {
    "cluster.col_way": ("방식", "bea4d7"),
    "cluster.col_time": ("실행 한 번의 시간: 라운드의 중앙값", "f23ed1"),
    "cluster.col_range": ("최소 &ndash; 최대", "084f08"),
    "cluster.col_speedup": ("순차 실행 대비 속도, 라운드별", "3542f5"),
    "cluster.cell_baseline": ("기준", "8ba849"),
    "cluster.workload_note": (
        "각 수치는 라운드의 중앙값이고, 괄호 안은 그 95 % 구간입니다. 속도 향상은 라운드별 "
        "비율(한 라운드의 순차 실행 시간을 같은 라운드에서 이 방식이 걸린 시간으로 나눈 값)의 "
        "중앙값입니다. *한계에 도달*: 구간이 min(워커 수, 사용 가능한 코어 수)인 {ideal}에 "
        "닿으므로, 이번 실행으로는 완벽한 확장과 구별할 수 없습니다.",
        "a7133b",
    ),
    "cluster.method_primes": (
        "각 *라운드*는 네 가지 방식을 한 번씩, 라운드마다 한 자리씩 돌아가는 순서로 실행하고 "
        "모든 답을 체로 구한 답과 비교했습니다. 속도 향상과 비율은 모두 한 라운드 안에서 "
        "계산하므로, 컴퓨터가 더 바빠지거나 한가해져도 네 방식이 똑같이 영향을 받습니다.",
        "e9731a",
    ),
    "cluster.method_start": (
        "각 *라운드*는 두 종류의 풀을 하나씩 차례로 시작하고 멈추었으며, 둘의 순서는 "
        "라운드마다 바뀌었습니다. 클러스터가 준비되는 데 걸린 시간은 같은 라운드에서 풀이 "
        "걸린 시간으로 나눕니다.",
        "dd019d",
    ),
    "cluster.method_sweep": (
        "각 *라운드*는 구성 {configs}개(방식마다 아무 일도 하지 않는 태스크, 그리고 태스크 "
        "크기마다 프로세스 풀과 Dask)를 한 번씩, 라운드마다 한 자리씩 돌아가는 순서로 "
        "실행하고 모든 답을 확인했습니다. 프로세스 풀과 Dask는 한 라운드 안에서 비교합니다.",
        "77f9cc",
    ),
    "cluster.workload_speedups": (
        "워커 {workers}개로 태스크 {tasks}개를 실행했을 때, 하나씩 차례로 실행할 때와 비교한 "
        "속도는 프로세스 풀이 {pool_speedup}, `Client.map` + `gather`가 {dask_speedup}, "
        "`Client.get_executor()`가 {executor_speedup}였습니다.",
        "54198c",
    ),
    "cluster.workload_dask_slower": (
        "**Dask의 `Client.map`은 프로세스 풀보다 오래 걸렸습니다. 같은 라운드에서 풀의 "
        "{ratio}입니다.** 같은 코어에서 같은 작업을 했으므로, 이는 스케줄러의 비용, 그리고 "
        "모든 태스크와 모든 답을 TCP로 주고받는 비용입니다. 컴퓨터 한 대에서는 그 대가로 "
        "얻는 것이 없습니다.",
        "eca74c",
    ),
    "cluster.workload_dask_faster": (
        "**Dask의 `Client.map`은 프로세스 풀보다 적게 걸렸습니다. 같은 라운드에서 풀의 "
        "{ratio}입니다.** 둘 다 같은 코어에서 같은 태스크를 실행했으므로, 이 차이는 여기서 "
        "각각이 태스크를 어떻게 나눠 주었는지를 보여 줄 뿐, Dask가 컴퓨터 한 대에 계산 "
        "능력을 더해 준다는 뜻은 아닙니다.",
        "851031",
    ),
    "cluster.workload_dask_same": (
        "**이번 실행으로는 Dask의 `Client.map`과 프로세스 풀을 구별할 수 없습니다.** 같은 "
        "라운드에서 풀의 {ratio}였고, 이 구간은 같은 시간을 뜻하는 1을 포함합니다. 이 크기의 "
        "태스크에서는 스케줄러의 비용이 드러날 만큼 크지 않았습니다.",
        "43eabe",
    ),
    "cluster.workload_executor": (
        "`Client.get_executor()`를 거치면 같은 작업에 풀의 {executor_ratio}가 걸렸습니다.",
        "0f535e",
    ),
    "cluster.start_slower": (
        "워커 {workers}개짜리 로컬 클러스터는 **{ready}** 만에, 같은 수의 워커를 둔 "
        "`ProcessPoolExecutor`(시작 방식 `{method}`)는 {pool_ready} 만에 준비되었습니다. "
        "라운드별로 보면 클러스터가 **{ratio}만큼 오래** 걸렸습니다. 종료하는 데는 {stop} "
        "걸렸습니다(프로세스 풀은 {pool_stop}).",
        "d4db8d",
    ),
    "cluster.start_faster": (
        "워커 {workers}개짜리 로컬 클러스터는 **{ready}** 만에, 같은 수의 워커를 둔 "
        "`ProcessPoolExecutor`(시작 방식 `{method}`)는 {pool_ready} 만에 준비되었습니다. "
        "라운드별로 보면 클러스터는 풀의 {ratio}만 걸려 **풀보다 빨랐습니다**. 종료하는 데는 "
        "{stop} 걸렸습니다(프로세스 풀은 {pool_stop}).",
        "bc5f4c",
    ),
    "cluster.start_same": (
        "워커 {workers}개짜리 로컬 클러스터는 **{ready}** 만에, 같은 수의 워커를 둔 "
        "`ProcessPoolExecutor`(시작 방식 `{method}`)는 {pool_ready} 만에 준비되었습니다. "
        "라운드별로 보면 클러스터는 풀의 {ratio}가 걸렸고, 이 구간은 1을 포함하므로 **이번 "
        "실행으로는 둘을 구별할 수 없습니다**. 종료하는 데는 {stop} 걸렸습니다(프로세스 풀은 "
        "{pool_stop}).",
        "9ae785",
    ),
    "cluster.col_per_task": (
        "태스크당: 라운드의 중앙값(95 % 구간), 라운드마다 태스크 {count}개",
        "769b05",
    ),
    "cluster.overhead_dearer": (
        "태스크 하나를 Dask에 넘기고 답을 돌려받는 데 **{dask}** 들었습니다. 프로세스 풀은 "
        "{pool}였으니, 같은 라운드에서 **{ratio}만큼** 든 셈입니다. 함수를 직접 호출하면 "
        "{call} 들었습니다. 작업량이 {dask_median}보다 그리 크지 않은 태스크는 대부분의 "
        "시간을 스케줄링되는 데 씁니다.",
        "06599c",
    ),
    "cluster.overhead_cheaper": (
        "태스크 하나를 Dask에 넘기고 답을 돌려받는 데 **{dask}** 들었습니다. 프로세스 풀은 "
        "{pool}였으니, 같은 라운드에서 풀의 {ratio}로 **풀보다 적게** 들었습니다. 함수를 "
        "직접 호출하면 {call} 들었습니다.",
        "c78c7a",
    ),
    "cluster.overhead_same": (
        "태스크 하나를 Dask에 넘기고 답을 돌려받는 데 **{dask}** 들었습니다. 프로세스 풀은 "
        "{pool}였고, 같은 라운드에서 풀의 {ratio}였습니다. 이 구간은 1을 포함하므로 **이번 "
        "실행으로는 둘을 구별할 수 없습니다**. 함수를 직접 호출하면 {call} 들었습니다.",
        "2dfbe8",
    ),
    "cluster.chart_title": ("태스크 크기별 효율 (실행마다 태스크 {tasks}개)", "63266a"),
    "cluster.chart_x": ("태스크당 작업량", "a25e3d"),
    "cluster.chart_y": ("효율 (이상적 시간 ÷ 측정 시간)", "a42636"),
    "cluster.chart_ideal": ("이상적: 나눠 주는 비용이 없을 때", "f52833"),
    "cluster.label_pool": ("ProcessPoolExecutor", "41f530"),
    "cluster.label_dask": ("Dask Client.map", "454c2f"),
    "cluster.chart_desc": (
        "워커 {workers}개에서 같은 크기의 태스크 {tasks}개를 실행할 때의 효율, 태스크당 "
        "작업량 {low}부터 {high}까지. 라운드의 중앙값이며, 구간은 오차 막대로 그렸습니다. "
        "{points}.",
        "98c034",
    ),
    "cluster.past_ideal_note": (
        "**한계를 넘음:** {points}의 효율 구간은 전체가 100%보다 위에 있는데, 어떤 풀도 "
        "여기에 이를 수 없습니다. 이상적 시간은 프로그램을 시작할 때 잰 `spin()`의 속도를 "
        "바탕으로 하는데, 여기서는 워커가 그보다 빨리 실행되었습니다(또는 그 첫 측정이 "
        "무언가에 방해받았습니다). 이런 점은 이상적 시간보다 나은 결과가 아니라 "
        "\u201c이상적 시간에 도달\u201d으로 읽으세요.",
        "f19f9a",
    ),
    "cluster.col_size": ("태스크당 작업량", "a25e3d"),
    "cluster.col_ideal": ("이상적 시간 (태스크 {tasks}개, 워커 {workers}개)", "aa9ef2"),
    "cluster.col_pool": ("프로세스 풀: 효율", "f90b93"),
    "cluster.col_dask": ("Dask: 효율", "04d339"),
    "cluster.col_share": ("Dask의 효율 ÷ 프로세스 풀의 효율, 라운드별", "8de2f1"),
    "cluster.col_reached": ("{share} 이상?", "255ee1"),
    "cluster.share_reached": ("예: 구간 전체", "fbb55b"),
    "cluster.share_not_reached": ("아니요: 구간 전체가 아래", "7d1a9a"),
    "cluster.share_unclear": ("알 수 없음: 구간이 {share}에 걸침", "1a1367"),
    "cluster.share_no_data": ("구간 없음", "93a827"),
    "cluster.efficiency_note": (
        "효율: 이상적 시간을 한 라운드의 시간으로 나눈 값입니다. 칸마다 라운드의 중앙값을, "
        "괄호 안에 그 95 % 구간을 적었습니다. Dask의 효율을 프로세스 풀의 효율로 나눈 값은, "
        "라운드마다 같은 크기에서 풀의 시간을 Dask의 시간으로 나눈 값입니다(이상적 시간은 "
        "약분됩니다). *한계에 도달*: 구간이 100%에 닿으므로, 이번 실행으로는 오버헤드가 전혀 "
        "없는 경우와 구별할 수 없습니다.",
        "14fb82",
    ),
    "cluster.crossover_definition": (
        "**교차점**은 스윕에서 그 크기와 그보다 큰 모든 크기에서 Dask의 효율이 프로세스 풀 "
        "효율의 {share} 이상이 되는, 가장 작은 태스크 크기입니다. 한 라운드 안에서 Dask의 "
        "효율을 풀의 효율로 나눈 값은, 같은 크기에서 풀의 시간을 Dask의 시간으로 나눈 값과 "
        "같습니다(이상적 시간은 약분됩니다). 이 라운드별 비율의 중앙값 구간 전체가 {share} "
        "이상일 때만 그 크기에서 도달한 것으로 치며, 구간이 {share}에 걸친 크기는 도달한 것이 "
        "아니라 판단할 수 없는 것으로 봅니다.",
        "521db6",
    ),
    "cluster.crossover_found": (
        "**이번 빌드에서는 태스크 크기 {size}부터 그 이상에서 Dask의 효율이 프로세스 풀의 "
        "{share} 이상이었습니다.** {size}에서 {ratio}였고, 스윕에서 그보다 큰 모든 크기에서도 "
        "구간 전체가 {share} 이상이었습니다.",
        "754158",
    ),
    "cluster.crossover_below_not": (
        "한 단계 아래인 {below}에서는 {below_ratio}로, 구간 전체가 {share}보다 아래였습니다.",
        "e3f00c",
    ),
    "cluster.crossover_below_unclear": (
        "한 단계 아래인 {below}에서는 {below_ratio}로, 구간이 {share}에 걸쳐 있어 교차점이 더 "
        "아래에 있는지는 이번 실행으로 알 수 없습니다.",
        "c6535e",
    ),
    "cluster.crossover_everywhere": (
        "**측정한 모든 태스크 크기에서 Dask의 효율이 프로세스 풀의 {share} 이상이었습니다.** "
        "가장 작은 {smallest}에서도 그랬습니다(그 크기에서 {ratio}). 이번 빌드에서는 가장 작은 "
        "태스크에서도 스케줄러의 오버헤드가 문제 되지 않았습니다.",
        "9ca56d",
    ),
    "cluster.crossover_none": (
        "**이번 빌드에서는 교차점이 없었습니다.** 측정한 가장 큰 크기인 태스크당 작업량 "
        "{size}에서도 Dask의 효율은 프로세스 풀의 {ratio}로, 구간 전체가 {share}보다 "
        "아래였습니다. 이 컴퓨터에서는 측정한 모든 태스크 크기에서 스케줄러의 오버헤드가 "
        "문제가 되었습니다.",
        "e029eb",
    ),
    "cluster.crossover_none_unclear": (
        "**이번 실행으로 확인할 수 있는 교차점은 없었습니다.** 측정한 가장 큰 크기인 태스크당 "
        "작업량 {size}에서 Dask의 효율은 프로세스 풀의 {ratio}였고, 이 구간은 {share}에 걸쳐 "
        "있습니다. 판단하려면 라운드를 더 돌리거나 더 한가한 컴퓨터가 필요합니다.",
        "e93c65",
    ),
    "cluster.killed_complete": (
        "이번 빌드에서 강제 종료된 워커는 끝나지 않은 태스크 "
        "{in_hand}개를 맡고 있었고, 완료된 결과 {held}개를 가지고 "
        "있었습니다. 스케줄러는 그 태스크들을 남은 워커에서 다시 "
        "실행했고, `gather()`는 태스크 {tasks}개에 대한 답 "
        "{answers}개를 모두 돌려주었습니다. 모든 답이 "
        "에라토스테네스의 체로 구한 값과 같았습니다.",
        "a8acb1",
    ),
    "cluster.killed_wrong": (
        "이번 빌드에서 강제 종료된 워커는 끝나지 않은 태스크 "
        "{in_hand}개를 맡고 있었고 완료된 결과 {held}개를 가지고 "
        "있었으며, `gather()`는 태스크 {tasks}개에 대해 "
        "에라토스테네스의 체로 구한 답을 돌려주지 "
        "**않았습니다**(돌아온 답은 {answers}개).",
        "164aaf",
    ),
    "cluster.killed_restarted": (
        "그 뒤 워커 프로세스마다 지켜보는 Dask의 nanny가 그 자리에 "
        "새 워커 프로세스를 시작했습니다.",
        "7bb6ea",
    ),
    "cluster.killed_not_restarted": (
        "프로그램이 기다린 시간 동안 그 자리를 대신할 새 워커 프로세스는 시작되지 않았습니다.",
        "657f83",
    ),
    "cluster.summary_start": (
        "**시작:** 로컬 클러스터는 {ready}, 프로세스 풀은 {pool_ready} 만에 준비되었습니다. "
        "라운드별로 {ratio}만큼 오래 걸렸습니다.",
        "1c2002",
    ),
    "cluster.summary_task": (
        "**태스크당 비용:** Dask는 {dask}, 프로세스 풀은 {pool}. "
        "라운드별로 {ratio}만큼 들었습니다.",
        "acd739",
    ),
    "cluster.summary_size_found": (
        "**태스크 크기:** 태스크당 작업량 {size}부터 Dask의 효율이 프로세스 풀의 {share} "
        "이상이었습니다. {size}에서는 {ratio}였습니다.",
        "4cc71e",
    ),
    "cluster.summary_size_none": (
        "**태스크 크기:** 태스크당 작업량 {size}까지 어느 크기에서도 Dask의 효율이 프로세스 "
        "풀의 {share}에 이른다고 확인되지 않았습니다. {size}에서는 {ratio}였습니다.",
        "181156",
    ),
    "cluster.summary_workload": (
        "**소수 세기 워크로드** (태스크 {tasks}개): 프로세스 풀에서 {pool}, 로컬 클러스터에서 "
        "{dask}. 라운드별로 Dask가 풀의 {ratio}만큼 걸렸습니다.",
        "d0303d",
    ),
}
