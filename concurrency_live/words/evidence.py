"""Where each claim's evidence comes from, in words (pages/evidence.py and the pages that gather
evidence).

``EN`` holds the English; ``KO`` the Korean of the same keys, each with the hash of the English
it translates (``python -m concurrency_live.words --hashes KEY``): see words/__init__.py.
"""

EN: dict[str, str] = {
    "evidence.squares_threads": "sum of squares, 2 threads against 1",
    "evidence.sha256_threads": "SHA-256 of {buffer} buffers, 2 threads against 1",
    "evidence.convoy_nap": "a {nap} nap next to a CPU-bound thread, {interval} switch interval",
    "evidence.bench_source": "{python}, {what}",
    "evidence.primes_threads": "counting primes, 2 threads against sequential",
    "evidence.primes_processes": "counting primes, 2 processes against sequential",
    "evidence.io_config": "{strategy} with {workers} workers (floor {floor})",
    "evidence.gil_off": "the GIL is off in this interpreter, so the claim is not about it",
    "evidence.one_core": "only one core is usable, so nothing can run in parallel",
    "evidence.ipc_at": "`{mechanism}`, {size}",
    "evidence.cluster_start": "{workers} workers each, the pool's start method `{method}`",
    "evidence.dask_tasks": "{tasks} tasks of {size} on {workers} workers",
}

KO: dict[str, tuple[str, str]] = {
    "evidence.squares_threads": ("제곱의 합, 스레드 2개 대 1개", "14d7d7"),
    "evidence.sha256_threads": ("{buffer} 버퍼의 SHA-256, 스레드 2개 대 1개", "56a05e"),
    "evidence.convoy_nap": (
        "CPU 바운드 스레드 옆에서 {nap} 슬립, 스위치 간격 {interval}",
        "829b35",
    ),
    "evidence.bench_source": ("{python}, {what}", "d3bba0"),
    "evidence.primes_threads": ("소수 세기, 스레드 2개 대 순차 실행", "dd1b55"),
    "evidence.primes_processes": ("소수 세기, 프로세스 2개 대 순차 실행", "3b853a"),
    "evidence.io_config": ("{strategy}, 워커 {workers}개(하한 {floor})", "f0baa5"),
    "evidence.gil_off": ("이 인터프리터는 GIL이 꺼져 있어 이 주장의 대상이 아닙니다", "88eaa1"),
    "evidence.one_core": (
        "사용 가능한 코어가 하나뿐이라 아무것도 병렬로 실행될 수 없습니다",
        "601c96",
    ),
    "evidence.ipc_at": ("`{mechanism}`, {size}", "0a404f"),
    "evidence.cluster_start": ("각각 워커 {workers}개, 풀의 시작 방식 `{method}`", "f1874e"),
    "evidence.dask_tasks": ("{size} 태스크 {tasks}개, 워커 {workers}개", "626986"),
}
