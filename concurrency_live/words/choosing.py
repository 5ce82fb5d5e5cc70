"""The decision page's words (docs/choosing.md, pages/choosing.py).

``EN`` holds the English; ``KO`` the Korean of the same keys, each with the hash of the English
it translates (``python -m concurrency_live.words --hashes KEY``): see words/__init__.py.
"""

EN: dict[str, str] = {
    "choosing.or": "{first} or {last}",
    "choosing.col_work": "Kind of work",
    "choosing.col_use": "Use",
    "choosing.col_evidence": "Measured in this build",
    "choosing.work_cpu": "Pure-Python computation",
    "choosing.work_io": "Waiting on the network",
    "choosing.work_c": "C code that releases the GIL (hashlib, zlib, NumPy)",
    "choosing.cpu_item": "{strategy} {speedup} ({bounds}) with {workers} workers",
    "choosing.io_sequential": "sequential {time}; ",
    "choosing.io_item": "{strategy} {time} with {workers} workers ({ratio} the floor, {bounds})",
    "choosing.io_floor": "; floor {floor}",
    "choosing.c_evidence": "{figures}, on the [GIL page](gil.md) {verdict}",
    "choosing.c_use_threads": "threads",
    "choosing.c_use_unconfirmed": (
        "threads, if the library releases the GIL (not confirmed in this build)"
    ),
    "choosing.leaf_c": "here: {speedup}\nwith 2 threads",
    "choosing.measured_on": (
        "Measured with {python} on {cores} usable cores, by the benchmarks of the previous "
        "page (the same runs, not new ones)."
    ),
    "choosing.start_method_item": "{python}: `{method}`",
    "choosing.start_methods": "Default start method in this build: {items}.",
    "choosing.tree_title": "Which concurrency model? A decision tree",
    "choosing.yes": "yes",
    "choosing.no": "no",
    "choosing.q_wait": "Does the work mostly wait?\n(network, disk, sleep)",
    "choosing.q_async": "Do your libraries\nhave async versions?",
    "choosing.q_python": "Is the hot loop\npure Python?",
    "choosing.q_gil": "Free-threaded build\nwith the GIL off?",
    "choosing.leaf_asyncio": "asyncio",
    "choosing.leaf_threads": "threads\n(ThreadPoolExecutor)",
    "choosing.leaf_c_threads": "threads\n(the C code\nreleases the GIL)",
    "choosing.leaf_free_threads": "threads",
    "choosing.leaf_processes": "processes\n(ProcessPoolExecutor)",
    "choosing.leaf_io": "here: {ratio} the floor\nwith {workers} workers",
    "choosing.leaf_cpu": "here: {speedup}\nwith {workers} workers",
    "choosing.not_measured_short": "not measured here",
    "choosing.work_many_waits": "Thousands of waits at once (connections, timers)",
    "choosing.asyncio_use": (
        "asyncio, with no blocking call in a coroutine (hand those to `asyncio.to_thread` or "
        "a process pool)"
    ),
    "choosing.asyncio_use_unconfirmed": (
        "asyncio or threads (this build did not confirm that asyncio waits more cheaply)"
    ),
    "choosing.asyncio_evidence": (
        "tasks' time \u00f7 floor at 10,000 waits {floor} {floor_verdict}; memory per thread "
        "\u00f7 per task {memory} {memory_verdict}; a blocking call's delay of the loop "
        "\u00f7 the block {blocking} {blocking_verdict}, on the [asyncio page](asyncio.md)"
    ),
}

KO: dict[str, tuple[str, str]] = {
    "choosing.or": ("{first} 또는 {last}", "3c0a54"),
    "choosing.col_work": ("작업 종류", "9bc213"),
    "choosing.col_use": ("사용할 모델", "c36d81"),
    "choosing.col_evidence": ("이번 빌드의 측정값", "6d3d45"),
    "choosing.work_cpu": ("순수 Python 계산", "2ed2c1"),
    "choosing.work_io": ("네트워크 응답 대기", "98fc70"),
    "choosing.work_c": ("GIL을 놓아주는 C 코드 (hashlib, zlib, NumPy)", "868200"),
    "choosing.cpu_item": ("{strategy} {speedup} ({bounds}, 워커 {workers}개)", "b99e94"),
    "choosing.io_sequential": ("순차 실행 {time}; ", "17e008"),
    "choosing.io_item": (
        "{strategy} {time} (워커 {workers}개, 하한의 {ratio}, {bounds})",
        "5cbc08",
    ),
    "choosing.io_floor": ("; 하한 {floor}", "a62686"),
    "choosing.c_evidence": ("{figures}, [GIL 페이지](gil.md)에서 측정 {verdict}", "9ed839"),
    "choosing.c_use_threads": ("스레드", "4cc500"),
    "choosing.c_use_unconfirmed": (
        "라이브러리가 GIL을 놓는다면 스레드(이번 빌드에서 확인되지 않음)",
        "fabc31",
    ),
    "choosing.leaf_c": ("이번 빌드: {speedup}\n(스레드 2개)", "2db2a9"),
    "choosing.measured_on": (
        "{python}, 사용 가능한 코어 {cores}개에서 이전 페이지의 "
        "벤치마크로 측정했습니다(새로 실행한 것이 아니라 같은 실행의 "
        "결과입니다).",
        "de951d",
    ),
    "choosing.start_method_item": ("{python}: `{method}`", "39ad8f"),
    "choosing.start_methods": ("이번 빌드의 기본 시작 방식: {items}.", "19e55d"),
    "choosing.tree_title": ("어떤 동시성 모델을 쓸까? 결정 트리", "835b62"),
    "choosing.yes": ("예", "8a7988"),
    "choosing.no": ("아니요", "939029"),
    "choosing.q_wait": ("작업이 주로\n기다리나요?\n(네트워크, 디스크, sleep)", "d88140"),
    "choosing.q_async": ("라이브러리에\nasync 버전이 있나요?", "65b15f"),
    "choosing.q_python": ("핵심 루프가\n순수 Python인가요?", "0dc879"),
    "choosing.q_gil": ("GIL이 꺼진\n프리스레딩 빌드인가요?", "987742"),
    "choosing.leaf_asyncio": ("asyncio", "8eb9b5"),
    "choosing.leaf_threads": ("스레드\n(ThreadPoolExecutor)", "b7e5e2"),
    "choosing.leaf_c_threads": ("스레드\n(C 코드가\nGIL을 놓아줌)", "557b3c"),
    "choosing.leaf_free_threads": ("스레드", "4cc500"),
    "choosing.leaf_processes": ("프로세스\n(ProcessPoolExecutor)", "c9a5cf"),
    "choosing.leaf_io": ("이번 빌드:\n하한의 {ratio}\n(워커 {workers}개)", "7af144"),
    "choosing.leaf_cpu": ("이번 빌드: {speedup}\n(워커 {workers}개)", "a30646"),
    "choosing.not_measured_short": ("측정하지 않음", "dc5064"),
    "choosing.work_many_waits": ("한꺼번에 수천 개의 대기 (연결, 타이머)", "d23019"),
    "choosing.asyncio_use": (
        "asyncio, 단 코루틴 안에 블로킹 호출을 두지 말 것(그런 호출은 `asyncio.to_thread`나 "
        "프로세스 풀에 넘김)",
        "5049dd",
    ),
    "choosing.asyncio_use_unconfirmed": (
        "asyncio 또는 스레드(asyncio가 더 싸게 기다린다는 것을 이번 빌드에서 확인하지 못함)",
        "dd6c35",
    ),
    "choosing.asyncio_evidence": (
        "대기 10,000개에서 태스크 시간 \u00f7 하한 {floor} {floor_verdict}; 스레드 하나 "
        "\u00f7 태스크 하나의 메모리 {memory} {memory_verdict}; 블로킹 호출이 루프를 늦춘 "
        "시간 \u00f7 블록 시간 {blocking} {blocking_verdict}, [asyncio 페이지](asyncio.md)에서 "
        "측정",
        "aaacd3",
    ),
}
