"""The about page's words (docs/about.md, pages/about.py): where the figures come from, and the
interpreter's fingerprint.

``EN`` holds the English; ``KO`` the Korean of the same keys, each with the hash of the English
it translates (``python -m concurrency_live.words --hashes KEY``): see words/__init__.py.
"""

EN: dict[str, str] = {
    "fact": "Fact",
    "value": "Value",
    "fp.implementation": "Implementation",
    "fp.version": "Version",
    "fp.executable": "Executable",
    "fp.free_threaded_build": "Free-threaded build",
    "fp.gil_enabled": "GIL enabled",
    "fp.start_method": "Default multiprocessing start method",
    "fp.cpu_model": "CPU model",
    "fp.usable_cores": "Usable cores (sched_getaffinity)",
    "fp.logical_cpus": "Logical CPUs (os.cpu_count)",
    "fp.platform": "Platform",
    "fp.machine": "Architecture",
    "provenance.col_page": "Page",
    "provenance.col_programs": "Programs it runs in the build",
    "provenance.notebook": (
        "Runs as a whole in the build, its cells in one kernel; it imports {modules}"
    ),
    "provenance.col_figure": "Figure",
    "provenance.col_quoted_on": "Quoted on",
    "provenance.col_source": "Source",
    "provenance.cited.start_methods": (
        "Which start method `multiprocessing` uses when none is chosen, per platform and "
        "Python version"
    ),
    "provenance.cited.pep703_start": (
        "About {thread} to start a thread and about {spawn} to spawn a subprocess, on the "
        "PEP author's machine"
    ),
    "provenance.cited.switch_interval": (
        "CPython's default switch interval, `DEFAULT_INTERVAL` = {interval} (the page sets "
        "it next to the value this build's interpreter reports)"
    ),
    "provenance.cited.hashlib": (
        "`hashlib` lets go of the GIL when it hashes more than {bytes} bytes at once"
    ),
    "provenance.cited.pep703_overhead": (
        "One thread on the free-threaded build: about {slowdown} slower on PEP 703's benchmarks"
    ),
    "provenance.cited.howto_overhead": (
        "One thread on the free-threaded build of Python 3.14: about {low} (macOS aarch64) "
        "to {high} (x86-64 Linux) slower"
    ),
    "provenance.cited.dask_overhead": "Dask's overhead per task, \u201cabout {overhead}\u201d",
    "provenance.source.methods": (
        "Python documentation: *multiprocessing*, Contexts and start methods"
    ),
    "provenance.source.pep703": "PEP 703: Making the Global Interpreter Lock Optional in CPython",
    "provenance.source.ceval_gil": "CPython source: `Python/ceval_gil.c`",
    "provenance.source.hashlib": "Python documentation: *hashlib*",
    "provenance.source.howto": "Python 3.14 HOWTO: Python support for free threading",
    "provenance.source.dask": "Dask.distributed documentation, *Motivation*",
    "provenance.col_setting": "Setting",
    "provenance.seconds": "{value:g} s",
    "provenance.set.confidence": "Confidence of every interval",
    "provenance.set.min_rounds": "Fewest rounds of a comparison",
    "provenance.set.max_rounds": "Most rounds of a comparison",
    "provenance.set.precision": (
        "Precision that ends the rounds early: every interval's half-width, against its median"
    ),
    "provenance.set.budget": (
        "Time budget of a benchmark's rounds (`BENCH_BUDGET`; other programs state their own)"
    ),
    "provenance.verdict.reproduced": (
        "the whole interval lies on the claim's side of its threshold."
    ),
    "provenance.verdict.not_reproduced": "the whole interval lies on the other side.",
    "provenance.verdict.inconclusive": (
        "the interval straddles the threshold: this run cannot tell, and the figures are "
        "shown as they came."
    ),
    "provenance.mark.at_limit": (
        "the interval reaches the physical limit (a speedup of min(workers, usable cores) "
        "for CPU-bound work, the floor for I/O-bound work): the run cannot be told apart "
        "from the best the machine allows."
    ),
    "provenance.mark.past_limit": (
        "the whole interval lies beyond that limit. Work cannot really run faster than the "
        "hardware allows, so such a figure says that the baseline was disturbed (something "
        "else slowed it), not that the work ran faster."
    ),
    "provenance.col_claim": "Claim",
    "provenance.col_holds": "Holds when the whole interval is",
    "yes": "yes",
    "no": "no",
}

KO: dict[str, tuple[str, str]] = {
    "fact": ("항목", "255856"),
    "value": ("값", "8e3795"),
    "fp.implementation": ("구현체", "1cff77"),
    "fp.version": ("버전", "dd1679"),
    "fp.executable": ("실행 파일", "72cd8a"),
    "fp.free_threaded_build": ("프리스레딩(free-threaded) 빌드", "477d83"),
    "fp.gil_enabled": ("GIL 활성화", "b0a2a2"),
    "fp.start_method": ("multiprocessing 기본 시작 방식", "401790"),
    "fp.cpu_model": ("CPU 모델", "2242f4"),
    "fp.usable_cores": ("사용 가능한 코어 수 (sched_getaffinity)", "2c1c8a"),
    "fp.logical_cpus": ("논리 CPU 수 (os.cpu_count)", "371016"),
    "fp.platform": ("플랫폼", "c78ffe"),
    "fp.machine": ("아키텍처", "cd7405"),
    "provenance.col_page": ("페이지", "0a30a8"),
    "provenance.col_programs": ("빌드에서 실행하는 프로그램", "be7d94"),
    "provenance.notebook": (
        "빌드에서 통째로 실행되며, 모든 셀이 한 커널에서 돌아갑니다. {modules}을 import합니다",
        "0442a8",
    ),
    "provenance.col_figure": ("수치", "1f5be6"),
    "provenance.col_quoted_on": ("인용한 페이지", "475bdc"),
    "provenance.col_source": ("출처", "0e570c"),
    "provenance.cited.start_methods": (
        "따로 고르지 않았을 때 `multiprocessing`이 쓰는 시작 방식(플랫폼과 파이썬 버전별)",
        "8f0e1d",
    ),
    "provenance.cited.pep703_start": (
        "스레드 시작에 약 {thread}, 서브프로세스 spawn에 약 {spawn}(PEP 저자의 기계에서)",
        "ca5ec8",
    ),
    "provenance.cited.switch_interval": (
        "CPython의 기본 스위치 간격 `DEFAULT_INTERVAL` = {interval}(페이지는 "
        "이 값을 이번 빌드의 인터프리터가 보고한 값과 나란히 보여 줍니다)",
        "f3b4c4",
    ),
    "provenance.cited.hashlib": (
        "`hashlib`은 한 번에 {bytes}바이트보다 많은 데이터를 해시할 때 GIL을 내려놓습니다",
        "d7077f",
    ),
    "provenance.cited.pep703_overhead": (
        "프리스레딩 빌드에서 스레드 하나의 속도: PEP 703의 벤치마크에서 약 {slowdown} 느림",
        "463027",
    ),
    "provenance.cited.howto_overhead": (
        "Python 3.14 프리스레딩 빌드에서 스레드 하나의 속도: 약 {low}(macOS "
        "aarch64)에서 {high}(x86-64 Linux) 느림",
        "e4acce",
    ),
    "provenance.cited.dask_overhead": (
        "Dask의 태스크당 오버헤드, \u201cabout {overhead}\u201d",
        "0cacfc",
    ),
    "provenance.source.methods": ("파이썬 문서: *multiprocessing*, 컨텍스트와 시작 방식", "4444b2"),
    "provenance.source.pep703": (
        "PEP 703: Making the Global Interpreter Lock Optional in CPython",
        "26d8d8",
    ),
    "provenance.source.ceval_gil": ("CPython 소스: `Python/ceval_gil.c`", "4d7369"),
    "provenance.source.hashlib": ("파이썬 문서: *hashlib*", "975f5f"),
    "provenance.source.howto": ("Python 3.14 HOWTO: Python support for free threading", "0cb0ff"),
    "provenance.source.dask": ("Dask.distributed 문서, *Motivation*", "83b9e4"),
    "provenance.col_setting": ("설정", "818cd8"),
    "provenance.seconds": ("{value:g}초", "282154"),
    "provenance.set.confidence": ("모든 구간의 신뢰 수준", "38d312"),
    "provenance.set.min_rounds": ("비교 한 번의 최소 라운드 수", "39d7bf"),
    "provenance.set.max_rounds": ("비교 한 번의 최대 라운드 수", "4291a1"),
    "provenance.set.precision": (
        "라운드를 일찍 끝내는 정밀도: 모든 구간의 반폭을 그 중앙값에 견준 비율",
        "d1e4b7",
    ),
    "provenance.set.budget": (
        "벤치마크 라운드의 시간 예산(`BENCH_BUDGET`, 다른 프로그램은 저마다 밝힙니다)",
        "11d7bf",
    ),
    "provenance.verdict.reproduced": (
        "구간 전체가 임계값을 기준으로 주장이 성립하는 쪽에 있습니다.",
        "e93274",
    ),
    "provenance.verdict.not_reproduced": ("구간 전체가 반대쪽에 있습니다.", "0c1a60"),
    "provenance.verdict.inconclusive": (
        "구간이 임계값에 걸쳐 있습니다. 이번 실행으로는 판단할 수 없으며, "
        "수치는 나온 그대로 보여 줍니다.",
        "a99b0a",
    ),
    "provenance.mark.at_limit": (
        "구간이 물리적 한계(CPU 바운드 작업은 속도 향상 min(워커 수, "
        "사용 가능한 코어 수), I/O 바운드 작업은 하한)에 닿습니다. 이 "
        "실행은 기계가 허용하는 최선과 구별할 수 없습니다.",
        "d5ac2b",
    ),
    "provenance.mark.past_limit": (
        "구간 전체가 그 한계를 넘어 있습니다. 작업이 하드웨어가 허용하는 "
        "것보다 실제로 빨리 실행될 수는 없으므로, 이런 수치는 작업이 더 "
        "빨랐다는 뜻이 아니라 기준 측정이 방해받았다(다른 무언가가 그것을 "
        "느리게 했다)는 뜻입니다.",
        "32687a",
    ),
    "provenance.col_claim": ("주장", "4ca41d"),
    "provenance.col_holds": ("구간 전체가 이럴 때 성립", "047321"),
    "yes": ("예", "8a7988"),
    "no": ("아니요", "939029"),
}
