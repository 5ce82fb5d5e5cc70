"""The claims the site checks (rendering/claims.py) and the words of their verdicts.

``EN`` holds the English; ``KO`` the Korean of the same keys, each with the hash of the English
it translates (``python -m concurrency_live.words --hashes KEY``): see words/__init__.py.
"""

EN: dict[str, str] = {
    "claims.convoy": (
        "A thread that wakes next to a CPU-bound thread waits for the GIL, about one switch "
        "interval."
    ),
    "claims.convoy.figure": "{source}: lateness it caused, in switch intervals",
    "claims.lost_updates": (
        "Without a lock, threads that may switch between reading and writing a counter lose "
        "updates."
    ),
    "claims.lost_updates.figure": "{source}: runs that lost updates",
    "claims.lock_exact": "With a lock around the read and the write, no update is lost.",
    "claims.lock_exact.figure": "{source}: runs with a wrong total",
    "claims.lock_cost": (
        "A lock makes each addition markedly slower, even when no other thread wants it."
    ),
    "claims.lock_cost.figure": "{source}: time with the lock \u00f7 time without",
    "claims.rule": (
        "The verdict needs the whole 95 % interval {threshold}; an interval that straddles "
        "the threshold is *inconclusive on this run*."
    ),
    "claims.rule_count": (
        "A count, not an estimate: the verdict needs it {threshold}, with no interval to straddle."
    ),
    "claims.needs_below": "below {threshold}",
    "claims.needs_at_least": "at or above {threshold}",
    "claims.exact": "{value} ({rounds} runs)",
    "claims.where": "([measured here]({anchor}))",
    "claims.status.reproduced": "Reproduced:",
    "claims.status.not_reproduced": "Not reproduced:",
    "claims.status.inconclusive": "Inconclusive on this run:",
    "claims.status.not_applicable": "Not about this one:",
    "claims.status.no_data": "Not measured:",
    "claims.overall.reproduced": "(reproduced in this build)",
    "claims.overall.not_reproduced": "(not reproduced in this build)",
    "claims.overall.inconclusive": "(inconclusive in this build)",
    "claims.overall.not_applicable": "(could not be tested in this build)",
    "claims.overall.no_data": "(not measured in this build)",
    "claims.speedup_figure": "{source}: speedup",
    "claims.threads_cpu": "Threads do not speed up pure-Python CPU work while the GIL is on.",
    "claims.threads_cpu.figure": "{source}: speedup",
    "claims.processes_cpu": "Processes do speed up pure-Python CPU work.",
    "claims.free_threads_cpu": "Without the GIL, threads run pure-Python CPU work in parallel.",
    "claims.c_threads": "Threads speed up C code that releases the GIL.",
    "claims.io_floor": "On I/O-bound work, threads and asyncio come close to the floor.",
    "claims.io_floor.figure": "{source}: time \u00f7 floor",
    "claims.process_start": "Starting a process costs far more than starting a thread.",
    "claims.process_start.figure": "{source}: a process \u00f7 a thread",
    "claims.ipc_shared_memory": (
        "Shared memory moves large payloads faster than a multiprocessing.Queue."
    ),
    "claims.ipc_shared_memory.figure": "{source}: throughput \u00f7 a Queue's",
    "claims.ipc_pickle_share": (
        "Pickling accounts for a large part of a multiprocessing.Queue transfer of a large payload."
    ),
    "claims.ipc_pickle_share.figure": "{source}: pickling alone \u00f7 the whole transfer",
    "claims.ipc_manager": (
        "A Manager's queue moves a large payload more slowly than a plain multiprocessing.Queue."
    ),
    "claims.ipc_manager.figure": "{source}: time \u00f7 a plain Queue's",
    "claims.ipc_threads": (
        "Threads hand a large payload over faster than any way between processes."
    ),
    "claims.ipc_threads.figure": "{source}: time \u00f7 that of `queue.Queue` between threads",
    "claims.cluster_start": (
        "A local Dask cluster takes far longer to start than a process pool with as many workers."
    ),
    "claims.cluster_start.figure": "{source}: the cluster's time to be ready ÷ the pool's",
    "claims.dask_task_size": (
        "For tasks of 100 ms of work or more, Dask's efficiency on one machine is close to a "
        "process pool's."
    ),
    "claims.dask_task_size.figure": "{source}: Dask's efficiency ÷ the pool's",
}

KO: dict[str, tuple[str, str]] = {
    "claims.convoy": (
        "CPU 바운드 스레드 옆에서 깨어난 스레드는 GIL을 기다리며, 그 시간은 스위치 간격 하나 "
        "정도입니다.",
        "292d66",
    ),
    "claims.convoy.figure": ("{source}: 그 때문에 늦어진 시간(스위치 간격 단위)", "57cb2d"),
    "claims.lost_updates": (
        "락이 없으면, 카운터를 읽고 쓰는 사이에 전환될 수 있는 스레드들은 갱신을 잃어버립니다.",
        "41cede",
    ),
    "claims.lost_updates.figure": ("{source}: 갱신을 잃어버린 실행 수", "4722f8"),
    "claims.lock_exact": (
        "읽기와 쓰기를 락으로 감싸면 갱신을 하나도 잃어버리지 않습니다.",
        "b1f858",
    ),
    "claims.lock_exact.figure": ("{source}: 합계가 틀린 실행 수", "bd6d46"),
    "claims.lock_cost": (
        "락을 원하는 다른 스레드가 없어도, 락은 덧셈 하나하나를 눈에 띄게 느리게 만듭니다.",
        "d42244",
    ),
    "claims.lock_cost.figure": ("{source}: 락을 건 시간 \u00f7 락 없는 시간", "5dcc93"),
    "claims.rule": (
        "판정하려면 95 % 구간 전체가 {threshold}이어야 합니다. 구간이 기준값에 걸치면 "
        "*이번 실행으로는 판단할 수 없음*입니다.",
        "017e44",
    ),
    "claims.rule_count": (
        "추정값이 아니라 센 값입니다. 판정하려면 이 값이 {threshold}이어야 하며, 걸칠 "
        "구간이 없습니다.",
        "38dec6",
    ),
    "claims.needs_below": ("{threshold} 미만", "600c5f"),
    "claims.needs_at_least": ("{threshold} 이상", "a49678"),
    "claims.exact": ("{value} ({rounds}회 실행)", "34e20d"),
    "claims.where": ("([측정한 곳]({anchor}))", "34b35e"),
    "claims.status.reproduced": ("재현됨:", "87199c"),
    "claims.status.not_reproduced": ("재현되지 않음:", "8dc1b8"),
    "claims.status.inconclusive": ("이번 실행으로는 판단할 수 없음:", "2c1047"),
    "claims.status.not_applicable": ("이 주장과 무관:", "e0ec24"),
    "claims.status.no_data": ("측정되지 않음:", "8622ef"),
    "claims.overall.reproduced": ("(이번 빌드에서 재현됨)", "f7687e"),
    "claims.overall.not_reproduced": ("(이번 빌드에서 재현되지 않음)", "c000d6"),
    "claims.overall.inconclusive": ("(이번 빌드로는 판단할 수 없음)", "e93ee4"),
    "claims.overall.not_applicable": ("(이번 빌드에서는 검증할 수 없음)", "ea5ca5"),
    "claims.overall.no_data": ("(이번 빌드에서 측정되지 않음)", "88f583"),
    "claims.speedup_figure": ("{source}: 속도 향상", "5d033c"),
    "claims.threads_cpu": (
        "GIL이 켜져 있으면 스레드는 순수 Python CPU 작업을 빠르게 하지 못합니다.",
        "43f4fc",
    ),
    "claims.threads_cpu.figure": ("{source}: 속도 향상", "5d033c"),
    "claims.processes_cpu": ("프로세스는 순수 Python CPU 작업을 빠르게 합니다.", "eeddcd"),
    "claims.free_threads_cpu": (
        "GIL이 없으면 스레드가 순수 Python CPU 작업을 병렬로 실행합니다.",
        "60dd2a",
    ),
    "claims.c_threads": ("스레드는 GIL을 놓는 C 코드를 빠르게 합니다.", "e76aae"),
    "claims.io_floor": ("I/O 바운드 작업에서 스레드와 asyncio는 하한에 가깝게 끝납니다.", "3d3e27"),
    "claims.io_floor.figure": ("{source}: 시간 \u00f7 하한", "386d3c"),
    "claims.process_start": (
        "프로세스를 시작하는 데는 스레드를 시작하는 것보다 훨씬 큰 비용이 듭니다.",
        "b3411b",
    ),
    "claims.process_start.figure": ("{source}: 프로세스 \u00f7 스레드", "b9ff4c"),
    "claims.ipc_shared_memory": (
        "공유 메모리는 큰 페이로드를 multiprocessing.Queue보다 빨리 옮긴다.",
        "ac4ff6",
    ),
    "claims.ipc_shared_memory.figure": ("{source}: 처리량 \u00f7 Queue의 처리량", "6740b1"),
    "claims.ipc_pickle_share": (
        "큰 페이로드를 multiprocessing.Queue로 전송할 때 피클링이 큰 부분을 차지한다.",
        "44b65a",
    ),
    "claims.ipc_pickle_share.figure": (
        "{source}: 피클링만 한 시간 \u00f7 전송 전체 시간",
        "7e03b6",
    ),
    "claims.ipc_manager": (
        "Manager의 큐는 큰 페이로드를 일반 multiprocessing.Queue보다 느리게 옮긴다.",
        "0206b6",
    ),
    "claims.ipc_manager.figure": ("{source}: 시간 \u00f7 일반 Queue의 시간", "fe2992"),
    "claims.ipc_threads": (
        "스레드는 큰 페이로드를 프로세스 사이의 어떤 방법보다도 빨리 넘긴다.",
        "52c1ea",
    ),
    "claims.ipc_threads.figure": (
        "{source}: 시간 \u00f7 스레드 사이 `queue.Queue`의 시간",
        "7e4ffb",
    ),
    "claims.cluster_start": (
        "로컬 Dask 클러스터는 같은 수의 워커를 둔 프로세스 풀보다 시작하는 데 훨씬 오래 걸립니다.",
        "9ea861",
    ),
    "claims.cluster_start.figure": ("{source}: 클러스터가 준비되는 시간 ÷ 풀의 시간", "8023bf"),
    "claims.dask_task_size": (
        "태스크당 작업량이 100 ms 이상이면, 컴퓨터 한 대에서 Dask의 효율은 프로세스 풀에 "
        "가깝습니다.",
        "ead1ec",
    ),
    "claims.dask_task_size.figure": ("{source}: Dask의 효율 ÷ 풀의 효율", "813f57"),
}
