"""The words the rendering toolkit puts on every page: a program's block, its run's line, an
interpreter's label, a failed run, paired ratios and the machine's noise.

``EN`` holds the English; ``KO`` the Korean of the same keys, each with the hash of the English
it translates (``python -m concurrency_live.words --hashes KEY``): see words/__init__.py.
"""

EN: dict[str, str] = {
    "focus": "{path}: the part this page talks about",
    "whole_program": "The whole program: {path}",
    "download_program": "Download {name}",
    "output": "Output",
    "permalink": "Link to this section",
    "how_measured": "How this was measured",
    "no_output": "(no output)",
    "meta": "Ran in {elapsed:.2f} s · exit {exit} · {machine}",
    "meta_cached": " · cached from an earlier build",
    "failed": "This example failed in the build: {problem}.",
    "machine": (
        "{implementation} {version} ({gil}), start method {start_method}, "
        "{usable_cores} usable cores, {cpu_model}"
    ),
    "label": "{implementation} {version} ({gil})",
    "label_ft": "{implementation} {version} free-threaded ({gil})",
    "this_python": "this build's Python",
    "no_results": "it handed over no results",
    "gil_on": "GIL on",
    "gil_off": "GIL off",
    "measure.load": (
        "The machine's 1-minute load average was {before:.2f} before the rounds and "
        "{after:.2f} after them, on {cores} usable cores (programs running or waiting for a "
        "core, the build's own included)."
    ),
    "measure.steal": (
        "The hypervisor took {steal:.2f} s of CPU time for other virtual machines during the "
        "{elapsed} of rounds ({share:.1%} of the cores' time)."
    ),
    "interval": "95 % interval {bounds}, {rounds} rounds",
    "time_spent": (
        "The {count} programs on this page ran for {elapsed:.1f} s together in this build."
    ),
}

KO: dict[str, tuple[str, str]] = {
    "focus": ("{path}: 이 페이지에서 다루는 부분", "8fe10f"),
    "whole_program": ("프로그램 전체: {path}", "d083d8"),
    "download_program": ("{name} 내려받기", "c80715"),
    "output": ("출력", "b2439b"),
    "permalink": ("이 절로 가는 링크", "9dc5ba"),
    "how_measured": ("측정 방법", "4b22cc"),
    "no_output": ("(출력 없음)", "efefc1"),
    "meta": ("실행 시간 {elapsed:.2f}초 · 종료 코드 {exit} · {machine}", "5aec24"),
    "meta_cached": (" · 이전 빌드의 캐시에서 가져옴", "36b24d"),
    "failed": ("이 예제는 빌드에서 실패했습니다: {problem}.", "c98ddb"),
    "machine": (
        "{implementation} {version}({gil}), 시작 방식 {start_method}, "
        "사용 가능한 코어 {usable_cores}개, {cpu_model}",
        "46aef5",
    ),
    "label": ("{implementation} {version} ({gil})", "cc68e3"),
    "label_ft": ("{implementation} {version} 프리스레딩 빌드({gil})", "420ffe"),
    "this_python": ("이번 빌드의 파이썬", "9bec05"),
    "no_results": ("결과를 넘겨주지 않았습니다", "671d99"),
    "gil_on": ("GIL 켜짐", "a11ad6"),
    "gil_off": ("GIL 꺼짐", "3ad80a"),
    "measure.load": (
        "이 컴퓨터의 1분 평균 부하(load average)는 라운드 전 {before:.2f}, 라운드 후 "
        "{after:.2f}였습니다. 사용 가능한 코어는 {cores}개입니다(실행 중이거나 코어를 "
        "기다리는 프로그램 수로, 빌드 자신의 프로그램도 포함).",
        "e78def",
    ),
    "measure.steal": (
        "라운드가 진행된 {elapsed} 동안 하이퍼바이저가 다른 가상 머신에 CPU 시간 "
        "{steal:.2f}초를 가져갔습니다(코어 시간의 {share:.1%}).",
        "d6385c",
    ),
    "interval": ("95 % 구간 {bounds}, {rounds}라운드", "947afe"),
    "time_spent": (
        "이 페이지의 프로그램 {count}개는 이번 빌드에서 모두 합해 {elapsed:.1f}초 동안 "
        "실행되었습니다.",
        "c82c2f",
    ),
}
