"""Korean messages: the same keys and placeholders as the English catalogue."""

KO: dict[str, str] = {
    "focus": "{path}: 이 페이지에서 다루는 부분",
    "whole_program": "프로그램 전체: {path}",
    "download_program": "{name} 내려받기",
    "output": "출력",
    "how_measured": "측정 방법",
    "interval": "95 % 구간 {bounds}, {rounds}라운드",
    "time_spent": (
        "이 페이지의 프로그램 {count}개는 이번 빌드에서 모두 합해 "
        "{elapsed:.1f}초 동안 실행되었습니다."
    ),
    "no_output": "(출력 없음)",
    "meta": "실행 시간 {elapsed:.2f}초 · 종료 코드 {exit} · {machine}",
    "meta_cached": " · 이전 빌드의 캐시에서 가져옴",
    "failed": "이 예제는 빌드에서 실패했습니다: {problem}.",
    "machine": (
        "{implementation} {version}({gil}), 시작 방식 {start_method}, "
        "사용 가능한 코어 {usable_cores}개, {cpu_model}"
    ),
    "label": "{implementation} {version} ({gil})",
    "label_ft": "{implementation} {version} 프리스레딩 빌드({gil})",
    "this_python": "이번 빌드의 파이썬",
    "no_results": "결과를 넘겨주지 않았습니다",
    "gil_on": "GIL 켜짐",
    "gil_off": "GIL 꺼짐",
    "fact": "항목",
    "value": "값",
    "fp.implementation": "구현체",
    "fp.version": "버전",
    "fp.executable": "실행 파일",
    "fp.free_threaded_build": "프리스레딩(free-threaded) 빌드",
    "fp.gil_enabled": "GIL 활성화",
    "fp.start_method": "multiprocessing 기본 시작 방식",
    "fp.cpu_model": "CPU 모델",
    "fp.usable_cores": "사용 가능한 코어 수 (sched_getaffinity)",
    "fp.logical_cpus": "논리 CPU 수 (os.cpu_count)",
    "fp.platform": "플랫폼",
    "fp.machine": "아키텍처",
    "seed.floor": (
        "**실행에 {elapsed:.2f}초가 걸렸고, 하한은 "
        "{floor:.2f}초입니다**(한 작업이 연달아 잠드는 시간 가운데 "
        "가장 긴 것). 하한보다 {over:.2f}초 더 걸렸습니다."
    ),
    "seed.excess": (
        "프로그램 자신의 시계로 보면, 가장 길게 잠드는 작업의 첫 줄 "
        "`{first}`는 {start:.2f}초에, 마지막 줄은 {end:.2f}초에 "
        "출력되었습니다. 둘 사이는 그 작업이 잠든 {chain:.2f}초보다 "
        "{drift:.2f}초 길었습니다. 나머지 {outside:.2f}초는 프로그램의 "
        "시계 바깥에서, 즉 프로그램이 처음 시계를 읽기 전이나 마지막 "
        "줄을 출력한 뒤에 지나갔습니다."
    ),
    "seed.overlap_both": (
        "두 프로그램 모두 잠자는 시간을 모두 더한 {total:.2f}초보다 "
        "먼저 끝났습니다(스레드 {threads:.2f}초, 프로세스 "
        "{processes:.2f}초). 잠은 요청한 시간보다 짧게 끝나지 않으므로, "
        "두 프로그램 모두 두 작업이 같은 시간에 잠들어 있었습니다."
    ),
    "seed.overlap_one": (
        "{which}은 {which_elapsed:.2f}초 만에, 잠자는 시간을 모두 더한 "
        "{total:.2f}초보다 먼저 끝났으므로 두 작업이 같은 시간에 잠들어 "
        "있었습니다. {other}은 {other_elapsed:.2f}초가 걸려 그 합보다 "
        "짧지 않았으므로, 그 실행으로는 같은 것을 보여 줄 수 없습니다."
    ),
    "seed.overlap_none": (
        "두 프로그램 모두 잠자는 시간을 모두 더한 {total:.2f}초보다 "
        "먼저 끝나지 않았습니다(스레드 {threads:.2f}초, 프로세스 "
        "{processes:.2f}초). 그래서 이번 빌드의 실행으로는 두 작업이 "
        "같은 시간에 잠들어 있었다는 것을 보여 줄 수 없습니다."
    ),
    "seed.program_threads": "스레드 프로그램",
    "seed.program_processes": "프로세스 프로그램",
    "provenance.col_page": "페이지",
    "provenance.col_programs": "빌드에서 실행하는 프로그램",
    "provenance.notebook": (
        "빌드에서 통째로 실행되며, 모든 셀이 한 커널에서 돌아갑니다. {modules}을 import합니다"
    ),
    "provenance.col_figure": "수치",
    "provenance.col_quoted_on": "인용한 페이지",
    "provenance.col_source": "출처",
    "provenance.cited.start_methods": (
        "따로 고르지 않았을 때 `multiprocessing`이 쓰는 시작 방식(플랫폼과 파이썬 버전별)"
    ),
    "provenance.cited.pep703_start": (
        "스레드 시작에 약 {thread}, 서브프로세스 spawn에 약 {spawn}(PEP 저자의 기계에서)"
    ),
    "provenance.cited.switch_interval": (
        "CPython의 기본 스위치 간격 `DEFAULT_INTERVAL` = {interval}(페이지는 "
        "이 값을 이번 빌드의 인터프리터가 보고한 값과 나란히 보여 줍니다)"
    ),
    "provenance.cited.hashlib": (
        "`hashlib`은 한 번에 {bytes}바이트보다 많은 데이터를 해시할 때 GIL을 내려놓습니다"
    ),
    "provenance.cited.pep703_overhead": (
        "프리스레딩 빌드에서 스레드 하나의 속도: PEP 703의 벤치마크에서 약 {slowdown} 느림"
    ),
    "provenance.cited.howto_overhead": (
        "Python 3.14 프리스레딩 빌드에서 스레드 하나의 속도: 약 {low}(macOS "
        "aarch64)에서 {high}(x86-64 Linux) 느림"
    ),
    "provenance.cited.dask_overhead": "Dask의 태스크당 오버헤드, \u201cabout {overhead}\u201d",
    "provenance.source.methods": ("파이썬 문서: *multiprocessing*, 컨텍스트와 시작 방식"),
    "provenance.source.pep703": ("PEP 703: Making the Global Interpreter Lock Optional in CPython"),
    "provenance.source.ceval_gil": "CPython 소스: `Python/ceval_gil.c`",
    "provenance.source.hashlib": "파이썬 문서: *hashlib*",
    "provenance.source.howto": ("Python 3.14 HOWTO: Python support for free threading"),
    "provenance.source.dask": "Dask.distributed 문서, *Motivation*",
    "provenance.col_setting": "설정",
    "provenance.seconds": "{value:g}초",
    "provenance.set.confidence": "모든 구간의 신뢰 수준",
    "provenance.set.min_rounds": "비교 한 번의 최소 라운드 수",
    "provenance.set.max_rounds": "비교 한 번의 최대 라운드 수",
    "provenance.set.precision": (
        "라운드를 일찍 끝내는 정밀도: 모든 구간의 반폭을 그 중앙값에 견준 비율"
    ),
    "provenance.set.budget": (
        "벤치마크 라운드의 시간 예산(`BENCH_BUDGET`, 다른 프로그램은 저마다 밝힙니다)"
    ),
    "provenance.verdict.reproduced": (
        "구간 전체가 임계값을 기준으로 주장이 성립하는 쪽에 있습니다."
    ),
    "provenance.verdict.not_reproduced": "구간 전체가 반대쪽에 있습니다.",
    "provenance.verdict.inconclusive": (
        "구간이 임계값에 걸쳐 있습니다. 이번 실행으로는 판단할 수 없으며, "
        "수치는 나온 그대로 보여 줍니다."
    ),
    "provenance.mark.at_limit": (
        "구간이 물리적 한계(CPU 바운드 작업은 속도 향상 min(워커 수, "
        "사용 가능한 코어 수), I/O 바운드 작업은 하한)에 닿습니다. 이 "
        "실행은 기계가 허용하는 최선과 구별할 수 없습니다."
    ),
    "provenance.mark.past_limit": (
        "구간 전체가 그 한계를 넘어 있습니다. 작업이 하드웨어가 허용하는 "
        "것보다 실제로 빨리 실행될 수는 없으므로, 이런 수치는 작업이 더 "
        "빨랐다는 뜻이 아니라 기준 측정이 방해받았다(다른 무언가가 그것을 "
        "느리게 했다)는 뜻입니다."
    ),
    "provenance.col_claim": "주장",
    "provenance.col_holds": "구간 전체가 이럴 때 성립",
    "seed.lane_numbers": "숫자",
    "seed.lane_letters": "문자",
    "seed.lane_main": "메인",
    "seed.panel_threads": "스레드 두 개",
    "seed.panel_processes": "프로세스 두 개",
    "seed.timeline_title": "누가 언제 출력했나: 개요의 두 프로그램",
    "seed.timeline_desc": (
        "작업마다 줄 하나, 출력한 줄마다 점 하나를 프로그램 자신의 시계로 출력한 순간에 "
        "찍었습니다. 위는 스레드, 아래는 프로세스입니다. 두 경우 모두 숫자와 문자가 나란히 "
        "나아가고, 메인 줄의 마지막 줄은 가장 긴 sleep 사슬인 하한 {floor:.2f}초 뒤에 옵니다."
    ),
    "seed.timeline_x": "프로그램이 시작된 뒤 흐른 시간(초)",
    "seed.timeline_floor": "하한: 가장 긴 sleep 사슬, {floor:.2f}초",
    "seed.closing_line": "두 join()이 끝난 뒤의 마지막 줄",
    "seed.col_line": "줄",
    "seed.col_threads": "스레드 두 개: 출력 시각",
    "seed.col_processes": "프로세스 두 개: 출력 시각",
    "seed.original_failed": (
        "**자식 프로세스 {count}개가 일을 시작하지 못했습니다.** 부트스트래핑 단계에 관한 "
        "RuntimeError 때문입니다. 자식마다 프로그램을 임포트했고, 그 임포트가 프로세스를 "
        "시작하는 코드를 다시 실행했습니다."
    ),
    "seed.original_grouped": (
        "자식들은 {count}줄을 출력했는데, **숫자가 모두 나온 뒤에 문자가 모두 나왔습니다.** "
        "`flush=True`가 없으면 자식이 출력한 줄은 그 자식이 끝날 때까지 자기 버퍼에서 "
        "기다리고, 숫자를 출력하는 자식이 먼저 끝나기 때문입니다."
    ),
    "seed.original_lines": "자식들은 {count}줄을 출력했습니다.",
    "seed.original_nothing": "자식들이 출력한 줄은 하나도 나오지 않았습니다.",
    "seed.original_exit": "프로그램은 종료 코드 {code}로 끝났습니다.",
    "seed.tie": (
        "`{first}` 줄과 `{second}` 줄은 둘 다 {due:.1f}초에 출력될 "
        "차례입니다. 이번 빌드에서는 `{first}` 줄이 먼저 "
        "출력되었습니다({first_at:.2f}초, `{second}` 줄은 "
        "{second_at:.2f}초). 같은 순간에 깨어나는 두 워커의 순서를 "
        "정해 주는 것은 없습니다. 운영체제가 먼저 고른 쪽을 "
        "실행하므로, 다른 빌드에서는 반대 순서로 출력될 수 있습니다."
    ),
    "gil.interval_default": (
        "이 빌드의 인터프리터가 보고한 스위치 간격은 "
        "**{interval}**({micro:g} µs)입니다. 다른 스레드가 GIL을 "
        "기다리고 있으면, GIL을 쥔 스레드는 이 시간이 지난 뒤 GIL을 "
        "내놓으라는 요청을 받습니다. 이 값은 CPython 소스 "
        "[`Python/ceval_gil.c`]({url})에 있는 기본값 "
        "`DEFAULT_INTERVAL {cited:g}`(마이크로초)와 같습니다."
    ),
    "gil.interval_other": (
        "이 빌드의 인터프리터가 보고한 스위치 간격은 "
        "**{interval}**({micro:g} µs)입니다. CPython 소스 "
        "[`Python/ceval_gil.c`]({url})에 있는 기본값 "
        "`DEFAULT_INTERVAL {cited:g}`(마이크로초)와 다르므로, "
        "프로그램이 실행되기 전에 무언가가 "
        "`sys.setswitchinterval()`로 값을 바꾼 것입니다."
    ),
    "gil.col_threads": "스레드 수",
    "gil.col_wall": "경과 시간(중앙값)",
    "gil.col_speedup": "1스레드 대비 속도(95 % 구간)",
    "gil.col_ideal": "이상값: min(스레드 수, 코어 수)",
    "gil.col_busy": "코어 사용량(CPU 시간 ÷ 경과 시간)",
    "gil.baseline": "기준",
    "gil.table_note": (
        "각 속도: 짝지은 라운드마다 스레드 하나일 때의 시간을 같은 라운드의 이 설정 시간으로 "
        "나눈 값의 중앙값이고, 괄호 안은 그 95 % 구간입니다. 각 라운드는 모든 스레드 수를 한 "
        "번씩, 라운드마다 돌아가는 순서로 실행했습니다. *한계에 도달*: 구간이 이상적인 값 "
        "min(스레드 수, 사용 가능한 코어 수)에 닿아, 이 실행을 완벽한 확장과 구별할 수 없다는 "
        "뜻입니다. *코어 사용량*: 프로세스 전체의 CPU 시간을 경과 시간으로 나눈 값으로, "
        "라운드에 걸친 중앙값과 구간입니다."
    ),
    "gil.past_limit": (
        "이 구간은 사용 가능한 코어 {cores}개가 허용하는 최대치 {ideal:g}&times;보다 완전히 "
        "위에 있습니다. 실제 병렬성이 아니라 측정 이상입니다(표 아래 설명 참고)."
    ),
    "gil.cpu_gil_reproduced": (
        "**속도 향상이 없습니다.** 스레드 하나와 비교해 스레드 {threads}개는 작업을 {figure} "
        "빠르기로 마쳤고, 코어 {busy}개({busy_bounds})를 "
        "사용했습니다. GIL로 예상되는 그대로입니다. GIL을 쥔 스레드만 Python 바이트 코드를 "
        "실행하므로, 코어가 몇 개든(여기서는 {cores}개) 스레드들은 코어 하나 분량의 일을 "
        "번갈아 처리합니다."
    ),
    "gil.cpu_gil_not_reproduced": (
        "**GIL이 켜져 있는데도 스레드 하나보다 빨랐습니다.** 스레드 하나와 비교해 스레드 "
        "{threads}개는 작업을 {figure} 빠르기로 마쳤고, 코어 "
        "{busy}개({busy_bounds})를 사용했습니다. GIL 아래에서 순수 "
        "Python 스레드는 번갈아 실행되므로, 이런 결과는 바이트 코드가 병렬로 실행되었다는 "
        "뜻이 아니라 시간 측정에 잡음이 섞였다는 뜻입니다(다른 프로그램이 스레드 하나짜리 "
        "실행을 느리게 만든 경우)."
    ),
    "gil.cpu_gil_inconclusive": (
        "**이번 실행으로는 판단할 수 없습니다.** 스레드 하나와 비교해 스레드 {threads}개는 "
        "작업을 {figure} 빠르기로 마쳤습니다. 구간이 번갈아 실행과 병렬 실행을 가르는 이 "
        "사이트의 기준값 {threshold}에 걸쳐 있어, 이번 라운드들은 판단하기에 잡음이 너무 "
        "컸습니다."
    ),
    "gil.cpu_ft_reproduced": (
        "**스레드가 병렬로 실행되었습니다.** 스레드 하나와 비교해 스레드 {threads}개는 "
        "작업을 {figure} 빠르기로 마쳤고, 코어 {busy}개({busy_bounds})"
        "를 사용했습니다. GIL이 꺼져 있으면 코어 {cores}개에서 최대 "
        "min(스레드 수, 코어 수) = {ideal:g}&times;까지 가능합니다."
    ),
    "gil.cpu_ft_starved": (
        "**이번 실행에서는 병렬 속도 향상이 없었습니다.** 스레드 하나와 비교해 스레드 "
        "{threads}개는 작업을 {figure} 빠르기로 마쳤습니다. GIL이 꺼져 있어 코어 {cores}개에서 "
        "최대 {ideal:g}&times;까지 가능했지만, 프로세스가 받은 CPU 시간은 코어 "
        "{busy}개({busy_bounds}) 분량뿐이었습니다. 이 프로그램이 "
        "도는 동안 다른 프로그램들이 머신의 나머지를 쓰고 있었습니다."
    ),
    "gil.cpu_ft_contended": (
        "**이번 실행에서는 병렬 속도 향상이 없었습니다.** 스레드 하나와 비교해 스레드 "
        "{threads}개는 작업을 {figure} 빠르기로 마쳤습니다. GIL이 꺼져 있어 코어 {cores}개에서 "
        "최대 {ideal:g}&times;까지 가능했습니다. 스레드들은 코어 "
        "{busy}개({busy_bounds})를 사용하고도 더 빨리 끝나지 "
        "않았으니, 서로 방해가 된 것입니다."
    ),
    "gil.cpu_ft_inconclusive": (
        "**이번 실행으로는 판단할 수 없습니다.** 스레드 하나와 비교해 스레드 {threads}개는 "
        "작업을 {figure} 빠르기로 마쳤고 코어 {busy}개를 사용했습니다. 구간이 이 "
        "사이트가 병렬 실행에 요구하는 속도 향상 {threshold}에 걸쳐 있어, 이번 라운드들은 "
        "판단하기에 잡음이 너무 컸습니다."
    ),
    "gil.cpu_one_core": (
        "빌드 머신에서 사용할 수 있는 코어가 하나뿐이어서 스레드 {threads}개가 동시에 실행될 "
        "수 없었습니다. 스레드 하나와 비교한 빠르기는 {figure}였습니다."
    ),
    "gil.c_reproduced": (
        "**스레드들이 병렬로 해시했습니다.** 스레드 하나와 비교해 스레드 {threads}개는 "
        "버퍼를 {figure} 빠르기로 해시했고, 코어 {busy}개({busy_bounds})"
        "를 사용했습니다. `hashlib`의 C 코드가 일하는 동안 GIL을 "
        "내려놓았으므로, 스레드들이 동시에 해시를 계산할 수 있었습니다."
    ),
    "gil.c_starved": (
        "**이번 실행에서는 빨라지지 않았습니다.** 스레드 하나와 비교해 스레드 {threads}개는 "
        "버퍼를 {figure} 빠르기로 해시했고, 프로세스가 받은 CPU 시간은 코어 "
        "{busy}개({busy_bounds}) 분량뿐이었습니다. 이 프로그램이 "
        "도는 동안 다른 프로그램들이 나머지 코어를 쓰고 있었으므로, 스레드들은 코어 하나 "
        "정도를 나눠 써야 했습니다."
    ),
    "gil.c_contended": (
        "**이번 실행에서는 빨라지지 않았습니다.** 프로세스가 코어 {busy}개"
        "({busy_bounds})를 사용했는데도, 스레드 하나와 비교해 스레드 "
        "{threads}개는 버퍼를 {figure} 빠르기로 해시하는 데 그쳤습니다."
    ),
    "gil.c_inconclusive": (
        "**이번 실행으로는 판단할 수 없습니다.** 스레드 하나와 비교해 스레드 {threads}개는 "
        "버퍼를 {figure} 빠르기로 해시했습니다. 구간이 이 사이트가 병렬 실행에 요구하는 속도 "
        "향상 {threshold}에 걸쳐 있어, 이번 라운드들은 판단하기에 잡음이 너무 컸습니다."
    ),
    "gil.c_one_core": (
        "빌드 머신에서 사용할 수 있는 코어가 하나뿐이어서 스레드 {threads}개가 동시에 해시할 "
        "수 없었습니다. 스레드 하나와 비교한 빠르기는 {figure}였습니다."
    ),
    "gil.c_gil_off": (
        "이 인터프리터는 GIL을 끈 채 실행되었으므로, 이번 실행으로는 `hashlib`이 GIL을 "
        "내려놓는지 보여 줄 수 없습니다. 스레드 하나와 비교해 스레드 {threads}개는 버퍼를 "
        "{figure} 빠르기로 해시했습니다."
    ),
    "gil.col_other_thread": "다른 스레드",
    "gil.col_interval": "스위치 간격",
    "gil.col_late": "슬립이 늦게 끝난 시간(중앙값, 95 % 구간)",
    "gil.col_caused": "CPU 바운드 스레드 때문에 늦어진 시간",
    "gil.col_in_intervals": "늦어진 시간(스위치 간격 단위)",
    "gil.col_share": "CPU 바운드 스레드가 받은 코어 비율",
    "gil.no_thread": "없음",
    "gil.cpu_thread": "CPU 바운드",
    "gil.default_mark": "(기본값)",
    "gil.convoy_note": (
        "각 라운드는 혼자일 때와, 스위치 간격마다 CPU 바운드 스레드 옆에서 슬립했고, 순서는 "
        "라운드마다 돌아갔습니다. 한 라운드에서 한 설정의 값은 그 슬립들의 중앙값이고, 표에는 "
        "라운드에 걸친 중앙값과 그 95 % 구간이 나옵니다. *CPU 바운드 스레드 때문에 늦어진 "
        "시간*: 라운드마다 그 스레드 옆에서 늦어진 시간에서 같은 라운드에서 혼자일 때 늦어진 "
        "시간을 뺀 값이므로, 이 머신의 타이머 자체가 늦는 만큼은 포함되지 않습니다."
    ),
    "gil.convoy_figure": "{interval}: {caused}, 간격 단위로 {figure}",
    "gil.convoy_status.reproduced": "(간격의 절반 이상)",
    "gil.convoy_status.not_reproduced": "(간격의 절반 미만)",
    "gil.convoy_status.inconclusive": "(이번 실행으로는 판단할 수 없음)",
    "gil.convoy_tracked": (
        "**슬립한 스레드는 GIL을 대략 스위치 간격 하나만큼 기다렸습니다.** CPU 바운드 스레드 "
        "옆에서 {nap} 슬립은 같은 라운드에서 혼자일 때(혼자일 때 {idle} 늦음)보다 늦게 끝났습니다. "
        "CPU 바운드 스레드 때문에 늦어진 시간을 스위치 간격별로 보면 다음과 같습니다. {figures}. "
        "슬립하던 스레드는 제때 깨어났지만 그다음 GIL을 기다려야 했습니다. CPU 바운드 스레드는 "
        "간격이 다 지나야 GIL을 내놓기 때문입니다."
    ),
    "gil.convoy_untracked": (
        "**슬립한 스레드는 GIL을 기다리지 않았습니다.** CPU 바운드 스레드 옆에서도 {nap} 슬립은 "
        "모든 설정에서 혼자일 때(혼자일 때 {idle} 늦음)보다 스위치 간격의 절반 미만만큼만 더 늦게 "
        "끝났습니다. CPU 바운드 스레드 때문에 늦어진 시간을 스위치 간격별로 보면 다음과 같습니다. "
        "{figures}."
    ),
    "gil.convoy_mixed": (
        "**기다린 시간이 일부 설정에서만 스위치 간격을 따랐거나, 이번 실행으로는 판단할 수 "
        "없습니다.** CPU 바운드 스레드 옆에서 {nap} 슬립은 혼자일 때(혼자일 때 {idle} 늦음)보다 "
        "늦게 끝났습니다. CPU 바운드 스레드 때문에 늦어진 시간을 스위치 간격별로 보면 다음과 "
        "같습니다. {figures}."
    ),
    "gil.convoy_starved": (
        "CPU 바운드 스레드가 받은 몫은 코어 하나의 {share:.0%}까지 떨어졌습니다. 다른 "
        "프로그램들이 때때로 이 스레드를 CPU에서 밀어냈고, 이는 기다리는 시간을 양쪽으로 "
        "흔듭니다. 상대가 슬립하는 동안 CPU를 받지 못하면 GIL을 가져갈 수 없어, 깨어난 "
        "스레드는 GIL이 비어 있는 것을 봅니다. GIL을 쥔 채 CPU를 받지 못하면, 깨어난 스레드는 "
        "이 스레드가 다시 실행될 때까지 기다립니다."
    ),
    "gil.convoy_ft_none": (
        "**GIL을 기다리지 않았습니다.** 이 인터프리터는 GIL 없이 실행되며, CPU 바운드 스레드 "
        "옆에서 {nap} 슬립은 모든 설정에서 혼자일 때(혼자일 때 {idle} 늦음)보다 스위치 간격의 절반 "
        "미만만큼만 더 늦게 끝났습니다. CPU 바운드 스레드 때문에 늦어진 시간을 스위치 간격별로 "
        "보면 다음과 같습니다. {figures}."
    ),
    "gil.convoy_ft_some": (
        "**GIL이 꺼져 있는데도 일부 설정에서는 CPU 바운드 스레드 옆에서 슬립이 더 늦게 끝났거나, "
        "이번 실행으로는 판단할 수 없습니다**(혼자일 때 {idle} 늦음). CPU 바운드 스레드 때문에 "
        "늦어진 시간을 스위치 간격별로 보면 다음과 같습니다. {figures}. 기다릴 GIL이 없으므로, "
        "이런 대기는 락이 아니라 머신에서 옵니다(스레드들과 다른 프로그램들이 코어를 두고 다툰 "
        "것)."
    ),
    "gil.who_title": "누가 언제 실행됐나: {python}",
    "gil.who_x": "첫 기록 뒤 흐른 시간(밀리초)",
    "gil.who_threads": "스레드 두 개",
    "gil.who_processes": "프로세스 두 개",
    "gil.who_thread": "스레드 {n}",
    "gil.who_process": "프로세스 {n}",
    "gil.who_col_lane": "워커",
    "gil.who_col_slices": "실행 중으로 보인 구간 수",
    "gil.who_col_median": "구간 길이 중앙값(95 % 구간)",
    "gil.who_col_together": "둘이 동시에 실행된 비율",
    "gil.who_turns": (
        "{gil} 상태에서 두 스레드는 **번갈아 실행됐습니다**. 동시에 실행 중으로 보인 시간은 "
        "{together:.0%}였고, {count}개 구간의 길이 중앙값은 **{median}**(95 % 구간 "
        "{low}\u2013{high})로, 스위치 간격 {switch}와 나란히 놓입니다."
    ),
    "gil.who_alongside": (
        "{gil} 상태에서 두 스레드는 **나란히 실행됐습니다**. 둘 다 실행 중으로 보인 시간이 "
        "{together:.0%}입니다. {count}개 구간의 길이 중앙값은 {median}(95 % 구간 "
        "{low}\u2013{high})이며, 스위치 간격 {switch}가 구간을 끊지 않았습니다."
    ),
    "gil.who_mixed": (
        "{gil} 상태에서 두 스레드가 동시에 실행 중으로 보인 시간은 {together:.0%}였습니다. "
        "엄격하게 번갈아 실행된 것도, 완전히 나란히 실행된 것도 아닙니다. {count}개 구간의 "
        "중앙값은 {median}(95 % 구간 {low}\u2013{high}), 스위치 간격은 {switch}입니다. 운영 "
        "체제가 이 프로그램에 코어 두 개보다 적게 준 시간이 있었습니다."
    ),
    "gil.who_serial": (
        "{gil} 상태에서 두 스레드는 **번갈아 실행되지 않았습니다**. 각각 한 구간에서만 실행 "
        "중으로 보였고 하나가 끝난 뒤 다른 하나가 실행됐으므로, 스위치 간격({switch})이 어느 "
        "쪽도 끊지 않았습니다."
    ),
    "gil.who_starved": (
        "{gil} 상태에서 두 스레드는 나란히 실행될 수 있었지만, 동시에 실행 중으로 보인 시간은 "
        "{together:.0%}뿐이었습니다. {count}개 구간(중앙값 {median}, 95 % 구간 "
        "{low}\u2013{high}). 이 프로그램이 도는 동안 운영 체제가 코어를 두 개보다 적게 "
        "주었습니다."
    ),
    "gil.chart_title": "CPU 바운드 스레드가 도는 동안 {nap} 슬립은 얼마나 늦게 끝나는가",
    "gil.chart_x": "스위치 간격(ms, 로그 눈금)",
    "gil.chart_one_interval": "스위치 간격 하나",
    "gil.chart_idle": "다른 스레드 없음(빌드의 Python)",
    "gil.col_interpreter": "인터프리터",
    "gil.col_idle": "다른 스레드 없음",
    "gil.col_at_interval": "CPU 바운드 스레드, 간격 {interval}",
    "gil.col_one_thread": "스레드 1개(중앙값)",
    "gil.col_speedup_at": "스레드 {threads}개",
    "gil.col_verdict": "결과",
    "gil.verdict_gil": (
        "**이 빌드는 GIL을 켠 채 실행되었습니다.** 인터프리터(Python "
        "{python})가 프리스레딩 빌드가 아니므로, 위의 모든 측정은 "
        "GIL이 켜진 상태에서 이루어졌습니다."
    ),
    "gil.verdict_ft_gil": (
        "**이 빌드는 GIL을 켠 채 실행되었습니다.** 인터프리터(Python "
        "{python})는 프리스레딩 빌드이지만 GIL이 켜져 "
        "있었으므로(`PYTHON_GIL=1`, `-X gil=1`, 또는 GIL이 필요한 "
        "확장 모듈 때문에), 위의 모든 측정은 GIL이 켜진 상태에서 "
        "이루어졌습니다."
    ),
    "gil.verdict_ft": (
        "**이 빌드는 GIL 없이 실행되었습니다.** 인터프리터(Python "
        "{python})는 GIL이 꺼진 프리스레딩 빌드이므로, 위의 모든 "
        "측정은 GIL이 꺼진 상태에서 이루어졌습니다."
    ),
    "gil.no_free_threaded": (
        "이 사이트를 빌드한 머신의 `{path}`에는 프리스레딩 "
        "인터프리터가 없었으므로, 이 부분은 빌드 자체의 인터프리터 "
        "결과만 보여 줍니다."
    ),
    "gil.again_under": "같은 프로그램을 Python {python} 프리스레딩 빌드({gil})로 실행한 결과",
    "gil.chart_y": "늦어진 시간: 중앙값과 95 % 구간(ms, 로그 눈금)",
    "gil.cell_convoy": "{late}; 간격 단위로 {intervals} 더 늦음",
    "gil.col_busy_at": "코어 사용량, 스레드 {threads}개",
    "gil.row.threads_cpu.reproduced": "향상 없음, GIL로 예상되는 대로",
    "gil.row.threads_cpu.not_reproduced": "더 빠름: 병렬성이 아니라 잡음",
    "gil.row.free_threads_cpu.reproduced": "병렬",
    "gil.row.free_threads_cpu.not_reproduced": "병렬 속도 향상 없음",
    "gil.row.inconclusive": "이번 실행으로는 판단할 수 없음",
    "gil.row.not_applicable": "코어 하나: 병렬 실행 불가",
    "gil.row.no_data": "측정되지 않음",
    "claims.convoy": (
        "CPU 바운드 스레드 옆에서 깨어난 스레드는 GIL을 기다리며, 그 시간은 스위치 간격 하나 "
        "정도입니다."
    ),
    "claims.convoy.figure": "{source}: 그 때문에 늦어진 시간(스위치 간격 단위)",
    "evidence.squares_threads": "제곱의 합, 스레드 2개 대 1개",
    "evidence.sha256_threads": "{buffer} 버퍼의 SHA-256, 스레드 2개 대 1개",
    "evidence.convoy_nap": "CPU 바운드 스레드 옆에서 {nap} 슬립, 스위치 간격 {interval}",
    "bytecode.switch_points": (
        "이 빌드에서 `{function}` 함수는 명령어 {count}개가 "
        "되었습니다. 그중 호출이 {calls}개({call_names}), `for` "
        "루프를 닫는 역방향 점프가 {jumps}개({jump_names})입니다. "
        "호출과 역방향 점프는 Python 코드를 실행하는 스레드가 다른 "
        "스레드의 GIL 요청이 있었는지 확인하는 지점입니다."
    ),
    "bytecode.inc_steps": (
        "이 빌드에서 `counter += 1`은 명령어 {count}개로 "
        "이루어집니다. 현재 값을 읽는 {load}, 1을 스택에 올리는 "
        "{between}, 새 int를 계산하는 {add}, 그 값을 다시 써 넣는 "
        "{store}입니다. 이들은 서로 별개의 단계입니다. 읽기와 쓰기 "
        "사이에 다른 스레드가 실행되면 그 스레드도 같은 옛 값을 읽게 "
        "되고, 두 덧셈 중 하나는 사라집니다."
    ),
    "bytecode.inc_unknown": (
        "위 목록은 이 인터프리터가 `counter += 1`을 별개의 명령어들로 "
        "어떻게 나누는지 보여 줍니다. `counter` 읽기, 덧셈, 그리고 "
        "다시 쓰기입니다."
    ),
    "bytecode.pyc_nowrite": (
        "이 빌드에서는 `sys.dont_write_bytecode`가 참이었으므로(환경 "
        "변수 `PYTHONDONTWRITEBYTECODE`가 설정되어 있었음) import가 "
        "`.pyc` 파일을 쓰지 않았습니다. 그렇지 않았다면 모듈을 처음 "
        "import할 때 `{path}` 파일을 썼을 것입니다. `py_compile`은 "
        "요청하면 어쨌든 파일을 씁니다."
    ),
    "bytecode.pyc_write": (
        "이 빌드에서는 `sys.dont_write_bytecode`가 거짓이었으므로, "
        "모듈을 처음 import할 때 `{path}` 파일을 쓰고, 이후의 "
        "import는 소스를 다시 컴파일하는 대신 이 파일을 읽어 "
        "들입니다."
    ),
    "bytecode.magic_same": (
        "처음 4바이트(`{magic}`)는 이 인터프리터의 매직 넘버입니다. "
        "Python 버전마다 이름에 버전 태그가 붙은 자기 파일을 따로 "
        "쓰고 그 안에 자기 매직 넘버를 담으며, import는 매직 넘버가 "
        "맞을 때만 `.pyc`를 사용합니다."
    ),
    "bytecode.magic_differs": (
        "처음 4바이트(`{magic}`)가 이 인터프리터의 매직 넘버와 "
        "다르므로, import는 이 파일을 사용하지 않을 것입니다."
    ),
    "bytecode.race_lost": (
        "**실행 {runs}번 중 {lost_runs}번에서 갱신이 사라졌습니다.** "
        "각 실행은 {expected:,}까지 세어야 했지만 합계는 {low:,}에서 "
        "{high:,} 사이였으므로, 덧셈이 최대 {worst:,}번({share:.0f} "
        "%) 사라졌습니다. `time.sleep(0)`에서 스레드는 읽기와 쓰기 "
        "사이에 GIL을 내려놓습니다. 그러면 다음 스레드가 같은 옛 값을 "
        "읽고, 두 스레드가 같은 숫자를 다시 써 넣습니다. GIL은 이를 "
        "막지 못했습니다. GIL이 지켜 주는 것은 *명령어* 하나하나이지, "
        "한 줄 전체도, 여러 명령어에 걸친 읽기-후-쓰기도 아닙니다."
    ),
    "bytecode.race_none": (
        "**이 빌드에서는 실행 {runs}번 동안 갱신이 하나도 사라지지 "
        "않았습니다.** 모든 합계가 {expected:,}에 정확히 맞았습니다. "
        "읽기와 쓰기는 여전히 별개의 단계였고, GIL이 지켜 주는 것은 "
        "*명령어* 하나하나일 뿐 읽기-후-쓰기가 아닙니다. 이번 실행들에서는 "
        "그 사이에 마침 다른 스레드가 실행되지 않았을 뿐입니다."
    ),
    "bytecode.locked_exact": (
        "**실행 {runs}번 모두 정확히 {expected:,}까지 셌습니다.** 한 "
        "스레드가 락을 쥐고 있는 동안 나머지 스레드는 `with "
        "lock:`에서 기다리므로, 어느 스레드도 다른 스레드의 읽기와 "
        "쓰기 사이에 카운터를 읽을 수 없습니다."
    ),
    "bytecode.locked_wrong": (
        "**락을 썼는데도 실행 {runs}번 중 {wrong}번이 "
        "{expected:,}까지 세지 못했습니다.** 예제가 잘못되었습니다."
    ),
    "bytecode.evidence_race": (
        "{python}, 스레드 {threads}개 \u00d7 덧셈 {adds:,}번, 읽기와 쓰기 사이에 `time.sleep(0)`"
    ),
    "bytecode.evidence_locked": (
        "{python}, 스레드 {threads}개 \u00d7 덧셈 {adds:,}번, 읽기와 쓰기를 락 하나로 보호"
    ),
    "bytecode.evidence_lock_cost": (
        "{python}, 스레드 하나에서 덧셈 {adds:,}번짜리 루프, `with lock:` 안과 락 없이"
    ),
    "claims.lost_updates": (
        "락이 없으면, 카운터를 읽고 쓰는 사이에 전환될 수 있는 스레드들은 갱신을 잃어버립니다."
    ),
    "claims.lost_updates.figure": "{source}: 갱신을 잃어버린 실행 수",
    "claims.lock_exact": "읽기와 쓰기를 락으로 감싸면 갱신을 하나도 잃어버리지 않습니다.",
    "claims.lock_exact.figure": "{source}: 합계가 틀린 실행 수",
    "claims.lock_cost": (
        "락을 원하는 다른 스레드가 없어도, 락은 덧셈 하나하나를 눈에 띄게 느리게 만듭니다."
    ),
    "claims.lock_cost.figure": "{source}: 락을 건 시간 \u00f7 락 없는 시간",
    "bytecode.bare_lost_gil": (
        "**실행 {runs}번 중 {lost_runs}번에서 갱신이 "
        "사라졌습니다**(덧셈 {expected:,}번 중 최대 {worst:,}번). 이 "
        "빌드는 GIL이 켜진 상태였으므로, 이 인터프리터가 로드와 "
        "스토어 사이에서 GIL을 넘겨준 것입니다."
    ),
    "bytecode.bare_lost_ft": (
        "**실행 {runs}번 중 {lost_runs}번에서 갱신이 "
        "사라졌습니다**(덧셈 {expected:,}번 중 최대 {worst:,}번, "
        "{share:.0f} %). GIL이 꺼진 상태에서는 서로 다른 코어의 "
        "스레드들이 `counter += 1`을 동시에 실행했고, 한 스토어가 "
        "다른 스토어를 덮어쓰는 것을 막을 장치가 없었습니다."
    ),
    "bytecode.bare_none_gil": (
        "**이 빌드에서는 덧셈 {expected:,}번짜리 실행 {runs}번 동안 "
        "갱신이 하나도 사라지지 않았습니다.** GIL이 켜져 있으면 이 "
        "인터프리터는 호출과 역방향 점프에서만 GIL을 넘기는데, 이 "
        "루프의 로드와 스토어 사이에는 둘 다 없습니다. 이것은 바이트 "
        "코드가 어떻게 배치되었는지에 따른 세부 사항일 뿐 보장이 "
        "아닙니다. 읽기와 쓰기 사이에 호출을 넣거나(위에서 "
        "`time.sleep(0)`이 그랬듯이) 프리스레딩 빌드에서 실행하면 "
        "갱신이 사라집니다."
    ),
    "bytecode.bare_none_ft": (
        "**GIL이 꺼진 상태에서도 실행 {runs}번 동안 갱신이 하나도 "
        "사라지지 않았습니다.** 로드와 스토어는 여전히 별개의 "
        "명령어지만, 이번 실행들에서는 그 사이에 스레드들이 부딪치지 "
        "않았습니다."
    ),
    "bytecode.col_loop": "루프 본문",
    "bytecode.col_per_add": "덧셈 1회당 시간(라운드 전체의 중앙값)",
    "bytecode.col_range": "최소 &ndash; 최대",
    "bytecode.loop_bare": "`counter += 1`",
    "bytecode.loop_locked": "`with lock: counter += 1`",
    "bytecode.lock_setup": (
        "각 루프는 스레드 하나에서 덧셈을 {adds:,}번 하므로, 락을 기다리는 스레드는 "
        "없습니다. *라운드*마다 두 루프를 한 번씩 실행하되 순서를 라운드마다 번갈아 바꾸며, "
        "비율과 덧셈 한 번당 차이는 그 라운드 안에서 구합니다. 라운드는 (최소 {min_rounds}번) "
        "두 구간이 모두 중앙값의 \u00b1{precision:.0%} 안에 들어오거나 {budget:g}초가 지날 "
        "때까지 이어집니다."
    ),
    "bytecode.lock_cost": (
        "**락을 잡았다 놓는 데 덧셈 한 번마다 {cost}가 들었습니다**({cost_interval}). "
        "락을 건 루프는 락 없는 루프의 {ratio}만큼 걸렸습니다({interval})."
    ),
    "bytecode.lock_cheap": (
        "**락의 비용은 덧셈 한 번마다 {cost}였습니다**({cost_interval}). 락을 건 루프는 "
        "락 없는 루프의 {ratio}만큼 걸렸으며({interval}), 이는 아래 주장이 요구하는 것보다 "
        "적습니다."
    ),
    "bytecode.lock_unclear": (
        "**락의 비용은 덧셈 한 번마다 {cost}였습니다**({cost_interval}). 락을 건 루프는 "
        "락 없는 루프의 {ratio}만큼 걸렸는데({interval}), 이 구간은 아래 주장의 기준에 "
        "걸쳐 있습니다."
    ),
    "bytecode.lock_free": (
        "**여기서는 락을 건 루프가 락 없는 루프보다 느리지 않았습니다.** 걸린 시간은 "
        "{ratio}({interval}), 덧셈 한 번당 차이는 {cost}({cost_interval})였습니다."
    ),
    "bench.skipped_python": "`{name}`: 건너뛰었습니다({why}).",
    "bench.skip.not_found": "이 컴퓨터에 없는 인터프리터",
    "bench.skip.does_not_start": "있지만 시작되지 않음",
    "bench.failed_python": "`{name}`: 벤치마크가 실패했습니다({problem}).",
    "bench.not_run": "실행 안 함",
    "bench.col_workload": "작업",
    "bench.col_strategy": "전략",
    "bench.col_workers": "워커 수",
    "bench.col_limit_cpu": "이상적 속도 향상",
    "bench.col_limit_io": "하한",
    "bench.col_median": "중앙값",
    "bench.col_min": "최소",
    "bench.col_max": "최대",
    "bench.workload.primes": "소수 세기",
    "bench.workload.http": "HTTP",
    "bench.workload.sleep": "time.sleep",
    "bench.strategy.sequential": "순차 실행",
    "bench.strategy.threads": "스레드",
    "bench.strategy.processes": "프로세스",
    "bench.strategy.interpreters": "서브인터프리터",
    "bench.strategy.asyncio": "asyncio",
    "bench.limit_cpu": "{ideal:g}\u00d7",
    "bench.limit_io": "{floor}",
    "bench.strategy_skipped": "{pythons}에서는 {strategy} 전략을 측정하지 않았습니다. {why}.",
    "bench.why_skipped.interpreters": (
        "`concurrent.futures.InterpreterPoolExecutor`는 Python 3.14에서 새로 도입되었습니다"
    ),
    "bench.timings_title": "원시 측정값과 데이터: {python}",
    "bench.download": "이 결과를 JSON으로 내려받기({name}, {size:.1f} KB)",
    "bench.series.primes": "{strategy}",
    "bench.series.http": "{strategy}",
    "bench.series.sleep": "{strategy}, time.sleep만",
    "bench.ideal_cpu": "이상: min(워커, 코어)",
    "bench.ideal_io": "이상: 하한에 도달",
    "bench.chart_title_cpu": "CPU 바운드 작업: 워커 수에 따른 속도 향상, {python}",
    "bench.chart_title_io": "I/O 바운드 작업: 워커 수에 따른 속도 향상, {python}",
    "bench.chart_x": "워커 수(로그 눈금)",
    "bench.chart_y": "순차 실행 대비 속도 향상(배)",
    "bench.chart_desc_cpu": (
        "워커 수에 따른 전략별 속도 향상, {python}, 사용 가능한 코어 "
        "{cores}개. 점선으로 그린 이상선은 min(워커 수, 코어 "
        "수)입니다. 워커 수와 속도 향상:"
    ),
    "bench.chart_desc_io": (
        "워커 수에 따른 전략별 속도 향상, {python}. 점선은 정확히 "
        "하한에서 끝나는 실행이 낼 속도 향상입니다. 워커 수와 속도 "
        "향상:"
    ),
    "bench.col_rounds": "라운드",
    "bench.cell_baseline": "{time} (기준)",
    "bench.cell_io": "{time}: 하한의 {ratio} ({bounds})",
    "bench.at_limit": "**한계에 도달**",
    "bench.past_limit": "**한계를 넘음: 측정 이상**",
    "bench.past_limit_note": (
        "*한계를 넘음*은 구간 전체가 이 컴퓨터가 허용하는 범위를 벗어난 수치에 붙습니다"
        "(순차 실행보다 min(워커 수, 코어 수)배 넘게 빠르거나, 하한보다 빠름). 이것은 "
        "실제 병렬 실행이 아닙니다. 그 라운드들에서 무언가가 기준 측정을 방해했거나, "
        "컴퓨터에 보고된 것보다 많은 코어가 있었다는 뜻입니다. 이런 수치는 실제 결과가 "
        "아니라 \u201c잡음이 섞인, 한계에 도달한 값\u201d으로 읽으세요."
    ),
    "bench.table_note_cpu": (
        "각 칸: 순차 실행 대비 속도 향상. 라운드마다 구한 비율(같은 라운드의 순차 실행 "
        "시간 / 이 설정의 시간)의 중앙값이고, 괄호 안은 그 95 % 구간입니다. *한계에 "
        "도달*: 구간이 이상적인 속도 향상 min(워커 수, 사용 가능한 코어 수)에 닿아, 이 "
        "실행을 완벽한 확장과 구별할 수 없다는 뜻입니다."
    ),
    "bench.table_note_io": (
        "각 칸: 모든 요청을 한 번 처리하는 데 걸린 시간의 중앙값, 그리고 그 시간이 "
        "하한의 몇 배인지와 그 95 % 구간(1.00\u00d7 = 하한). 하한은 지연 \u00d7 "
        "ceil(요청 수 / 워커 수)로, 어떤 방식으로도 피할 수 없는 대기 시간입니다."
    ),
    "bench.stopped_precise": (
        "{python}: {rounds}라운드. 모든 구간이 중앙값의 \u00b1{precision:.0%} 안에 들어와 "
        "멈췄습니다."
    ),
    "bench.stopped_budget": (
        "{python}: {rounds}라운드. 모든 구간이 중앙값의 \u00b1{precision:.0%} 안에 들기 "
        "전에 시간 예산 {budget:g}초가 다 되어 멈췄습니다."
    ),
    "bench.stopped_max_rounds": (
        "{python}: {rounds}라운드. 모든 구간이 중앙값의 \u00b1{precision:.0%} 안에 들기 "
        "전에 허용된 최대 라운드 수에 도달했습니다."
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
        "계속됩니다. 모든 답은 시간을 재기 전에 에라토스테네스의 체로 구한 답과 대조합니다."
    ),
    "bench.setup_io": (
        "I/O 바운드 작업은 응답마다 {delay_ms:g}ms를 기다리는 127.0.0.1의 서버에 HTTP "
        "요청 {requests}개를 보내고, 모든 응답 본문을 확인합니다. 이상적인 경우는 같은 "
        "대기를 네트워크 없이 `time.sleep`으로 합니다. 먼저 모든 풀을 시작하고 예열하며, "
        "프로세스는 `{start_method}`로 시작합니다. 그다음 각 *라운드*에서 모든 설정을 한 "
        "번씩, 라운드마다 돌아가는 순서로 실행합니다. 라운드는 (최소 {min_rounds}번) 모든 "
        "구간이 중앙값의 \u00b1{precision:.0%} 안에 들거나 {budget:g}초가 지날 때까지 "
        "계속됩니다."
    ),
    "measure.load": (
        "이 컴퓨터의 1분 평균 부하(load average)는 라운드 전 {before:.2f}, 라운드 후 "
        "{after:.2f}였습니다. 사용 가능한 코어는 {cores}개입니다(실행 중이거나 코어를 "
        "기다리는 프로그램 수로, 빌드 자신의 프로그램도 포함)."
    ),
    "measure.steal": (
        "라운드가 진행된 {elapsed} 동안 하이퍼바이저가 다른 가상 머신에 CPU 시간 "
        "{steal:.2f}초를 가져갔습니다(코어 시간의 {share:.1%})."
    ),
    "claims.rule": (
        "판정하려면 95 % 구간 전체가 {threshold}이어야 합니다. 구간이 기준값에 걸치면 "
        "*이번 실행으로는 판단할 수 없음*입니다."
    ),
    "claims.rule_count": (
        "추정값이 아니라 센 값입니다. 판정하려면 이 값이 {threshold}이어야 하며, 걸칠 "
        "구간이 없습니다."
    ),
    "claims.needs_below": "{threshold} 미만",
    "claims.needs_at_least": "{threshold} 이상",
    "claims.exact": "{value} ({rounds}회 실행)",
    "claims.where": "([측정한 곳]({anchor}))",
    "claims.status.reproduced": "재현됨:",
    "claims.status.not_reproduced": "재현되지 않음:",
    "claims.status.inconclusive": "이번 실행으로는 판단할 수 없음:",
    "claims.status.not_applicable": "이 주장과 무관:",
    "claims.status.no_data": "측정되지 않음:",
    "claims.overall.reproduced": "(이번 빌드에서 재현됨)",
    "claims.overall.not_reproduced": "(이번 빌드에서 재현되지 않음)",
    "claims.overall.inconclusive": "(이번 빌드로는 판단할 수 없음)",
    "claims.overall.not_applicable": "(이번 빌드에서는 검증할 수 없음)",
    "claims.overall.no_data": "(이번 빌드에서 측정되지 않음)",
    "claims.speedup_figure": "{source}: 속도 향상",
    "claims.threads_cpu": "GIL이 켜져 있으면 스레드는 순수 Python CPU 작업을 빠르게 하지 못합니다.",
    "claims.threads_cpu.figure": "{source}: 속도 향상",
    "claims.processes_cpu": "프로세스는 순수 Python CPU 작업을 빠르게 합니다.",
    "claims.free_threads_cpu": "GIL이 없으면 스레드가 순수 Python CPU 작업을 병렬로 실행합니다.",
    "claims.c_threads": "스레드는 GIL을 놓는 C 코드를 빠르게 합니다.",
    "claims.io_floor": "I/O 바운드 작업에서 스레드와 asyncio는 하한에 가깝게 끝납니다.",
    "claims.io_floor.figure": "{source}: 시간 \u00f7 하한",
    "evidence.bench_source": "{python}, {what}",
    "evidence.primes_threads": "소수 세기, 스레드 2개 대 순차 실행",
    "evidence.primes_processes": "소수 세기, 프로세스 2개 대 순차 실행",
    "evidence.io_config": "{strategy}, 워커 {workers}개(하한 {floor})",
    "evidence.gil_off": "이 인터프리터는 GIL이 꺼져 있어 이 주장의 대상이 아닙니다",
    "evidence.one_core": "사용 가능한 코어가 하나뿐이라 아무것도 병렬로 실행될 수 없습니다",
    "bench.who_title": "소수를 세는 동안 누가 언제 실행됐나: {python}",
    "bench.who_x": "첫 기록 뒤 흐른 시간(밀리초)",
    "bench.who_threads": "스레드 두 개",
    "bench.who_processes": "프로세스 두 개",
    "bench.who_thread": "스레드 {n}",
    "bench.who_process": "프로세스 {n}",
    "bench.who_col_workers": "워커",
    "bench.who_col_stretches": "실행 중으로 보인 구간 수",
    "bench.who_col_span": "첫 기록부터 마지막 기록까지",
    "bench.who_col_together": "둘이 동시에 실행된 비율",
    "bench.who_together": (
        "{python}에서 두 스레드가 동시에 실행 중으로 보인 시간은 {threads:.0%}, 두 "
        "프로세스는 {processes:.0%}였습니다."
    ),
    "bench.cost": (
        "이 페이지의 벤치마크 프로그램은 이번 빌드에서 {count}번 "
        "실행되었고, 모두 합해 {total:.0f}초가 걸렸습니다."
    ),
    "choosing.or": "{first} 또는 {last}",
    "choosing.col_work": "작업 종류",
    "choosing.col_use": "사용할 모델",
    "choosing.col_evidence": "이번 빌드의 측정값",
    "choosing.work_cpu": "순수 Python 계산",
    "choosing.work_io": "네트워크 응답 대기",
    "choosing.work_c": "GIL을 놓아주는 C 코드 (hashlib, zlib, NumPy)",
    "choosing.cpu_item": ("{strategy} {speedup} ({bounds}, 워커 {workers}개)"),
    "choosing.io_sequential": "순차 실행 {time}; ",
    "choosing.io_item": ("{strategy} {time} (워커 {workers}개, 하한의 {ratio}, {bounds})"),
    "choosing.io_floor": "; 하한 {floor}",
    "choosing.c_evidence": "{figures}, [GIL 페이지](gil.md)에서 측정 {verdict}",
    "choosing.c_use_threads": "스레드",
    "choosing.c_use_unconfirmed": "라이브러리가 GIL을 놓는다면 스레드(이번 빌드에서 확인되지 않음)",
    "choosing.leaf_c": "이번 빌드: {speedup}\n(스레드 2개)",
    "choosing.measured_on": (
        "{python}, 사용 가능한 코어 {cores}개에서 이전 페이지의 "
        "벤치마크로 측정했습니다(새로 실행한 것이 아니라 같은 실행의 "
        "결과입니다)."
    ),
    "choosing.start_method_item": "{python}: `{method}`",
    "choosing.start_methods": "이번 빌드의 기본 시작 방식: {items}.",
    "choosing.tree_title": "어떤 동시성 모델을 쓸까? 결정 트리",
    "choosing.yes": "예",
    "choosing.no": "아니요",
    "choosing.q_wait": "작업이 주로\n기다리나요?\n(네트워크, 디스크, sleep)",
    "choosing.q_async": "라이브러리에\nasync 버전이 있나요?",
    "choosing.q_python": "핵심 루프가\n순수 Python인가요?",
    "choosing.q_gil": "GIL이 꺼진\n프리스레딩 빌드인가요?",
    "choosing.leaf_asyncio": "asyncio",
    "choosing.leaf_threads": "스레드\n(ThreadPoolExecutor)",
    "choosing.leaf_c_threads": "스레드\n(C 코드가\nGIL을 놓아줌)",
    "choosing.leaf_free_threads": "스레드",
    "choosing.leaf_processes": "프로세스\n(ProcessPoolExecutor)",
    "choosing.leaf_io": "이번 빌드:\n하한의 {ratio}\n(워커 {workers}개)",
    "choosing.leaf_cpu": "이번 빌드: {speedup}\n(워커 {workers}개)",
    "choosing.not_measured_short": "측정하지 않음",
    "processes.unavailable": "알 수 없음",
    "processes.default_mark": " (여기서는 기본값)",
    "processes.own_memory_kept": (
        "자식 프로세스(pid {child_pid})는 `counter`를 바꿨고 그 값은 "
        "{child_counter}이었습니다. 그러나 자식이 끝난 뒤에도 부모 "
        "프로세스(pid {parent_pid})의 `counter`는 {parent_counter} "
        "그대로였습니다. 자식은 자기 사본을 바꾼 것입니다. 두 "
        "프로세스는 어떤 파이썬 객체도 공유하지 않습니다."
    ),
    "processes.own_memory_shared": (
        "자식 프로세스(pid {child_pid})는 `counter`를 바꿨고 그 값은 "
        "{child_counter}이었습니다. 그 뒤 부모 프로세스(pid "
        "{parent_pid})가 읽은 값은 {parent_counter}이었습니다. 이번 "
        "실행에서는 변경이 부모에게까지 전달되었습니다."
    ),
    "processes.methods_method": "시작 방식",
    "processes.methods_setting": "자식이 본 `setting`",
    "processes.methods_main": "자식의 `__main__` 모듈 이름",
    "processes.methods_parent": "자식의 부모 프로세스",
    "processes.parent_main": "메인 프로세스",
    "processes.parent_other": "다른 프로세스(포크 서버)",
    "processes.cost_what": "시작 + join",
    "processes.cost_median": "중앙값",
    "processes.cost_min": "최소",
    "processes.cost_max": "최대",
    "processes.cost_ratio": "스레드 대비 (95 % 구간)",
    "processes.cost_thread": "스레드",
    "processes.cost_process": "프로세스, `{method}`",
    "processes.cost_setup": (
        "*라운드*마다 스레드 {threads}개를 하나씩 차례로 시작하고 join해 한꺼번에 잰 뒤 "
        "{threads}로 나누고, 각 시작 방식({methods})으로 프로세스를 하나씩 시작합니다. 순서는 "
        "라운드마다 돌아가며 바뀌고, 프로세스 비용이 스레드 비용의 몇 배인지는 각 라운드 "
        "안에서 구합니다. 라운드는 (최소 {min_rounds}번) 모든 구간이 중앙값의 "
        "\u00b1{precision:.0%} 안에 들어오거나 {budget:g}초가 지날 때까지 이어집니다."
    ),
    "processes.cost_slower": (
        "**이 환경의 기본 시작 방식(`{method}`)으로 프로세스를 시작하고 join하는 데 중앙값 "
        "{process}가 걸렸습니다. 같은 라운드의 스레드({thread})의 {ratio}입니다**"
        "({interval})."
    ),
    "processes.cost_faster": (
        "**이 환경의 기본 시작 방식(`{method}`)으로 프로세스를 시작하고 join하는 데 중앙값 "
        "{process}가 걸려, 같은 라운드의 스레드({thread})보다 짧았습니다. {ratio}입니다**"
        "({interval})."
    ),
    "processes.cost_same": (
        "**이 환경의 기본 시작 방식(`{method}`)으로 프로세스를 시작하고 join하는 데 중앙값 "
        "{process}, 스레드는 {thread}가 걸렸습니다.** 라운드별로 프로세스는 스레드 시간의 "
        "{ratio}였는데({interval}), 이 구간에 1이 들어 있으므로 이번 실행으로는 둘을 구별할 "
        "수 없습니다."
    ),
    "processes.cost_range": (
        "측정한 방식 가운데 `{fast}` 방식의 중앙값이 가장 낮았고({fast_time}), `{slow}` "
        "방식이 가장 높았습니다({slow_time}). 라운드별로 `{a}` 방식은 `{b}` 방식 시간의 "
        "{ratio}가 걸렸습니다({interval})."
    ),
    "processes.evidence_start": (
        "{python}, 기본 시작 방식(`{method}`)으로 시작한 프로세스의 시작 + join을 같은 "
        "라운드의 스레드와 비교"
    ),
    "claims.process_start": (
        "프로세스를 시작하는 데는 스레드를 시작하는 것보다 훨씬 큰 비용이 듭니다."
    ),
    "claims.process_start.figure": "{source}: 프로세스 \u00f7 스레드",
    "processes.mem_what": "프로세스 또는 스레드",
    "processes.mem_rss": "상주 메모리 (VmRSS)",
    "processes.mem_private": "그중 전용 메모리",
    "processes.mem_parent": "부모, 자식을 시작하기 전",
    "processes.mem_child": "유휴 자식, `{method}`",
    "processes.mem_one_thread": "부모의 증가분, 유휴 스레드 1개 뒤",
    "processes.mem_threads": "부모의 증가분, 유휴 스레드 {n}개 뒤",
    "processes.mem_unavailable": (
        "이 플랫폼에서는 메모리 수치를 얻지 못했습니다(읽을 `/proc` "
        "파일 시스템이 없습니다). 그래서 비교할 것이 없습니다."
    ),
    "processes.mem_child_claim": (
        "**`{method}` 방식(여기서는 기본값)으로 시작한 유휴 자식 "
        "프로세스의 상주 메모리는 {rss}이었고, 그중 전용 메모리는 "
        "{private}이었습니다.** 유휴 스레드 하나는 부모의 상주 "
        "메모리를 {one} 늘렸고, 유휴 스레드 {n}개는 {all}, 스레드 "
        "하나당 {per} 늘렸습니다."
    ),
    "processes.mem_thread_less": (
        "유휴 자식의 전용 메모리만 해도 유휴 스레드 하나당 증가분의 {ratio}입니다."
    ),
    "processes.mem_thread_more": (
        "유휴 스레드 하나당 증가분은 유휴 자식의 전용 메모리의 {ratio}입니다."
    ),
    "processes.mem_thread_nothing": (
        "유휴 스레드는 부모의 상주 메모리를 측정할 수 있을 만큼 늘리지 않았습니다."
    ),
    "processes.mem_fork_shared": (
        "`fork` 방식 자식의 상주 메모리는 {rss}이지만 전용 메모리는 "
        "{private}뿐입니다. 페이지의 {shared:.0%}가 아직 부모와 "
        "공유되어 있었습니다(쓰기 시 복사, copy-on-write)."
    ),
    "processes.exit_child": "자식",
    "processes.exit_did": "한 일",
    "processes.exit_means": "부모가 알 수 있는 것",
    "processes.exit_running": "아직 실행 중",
    "processes.exit_zero": "정상 종료",
    "processes.exit_status": "종료 상태 {code}",
    "processes.exit_signal": (
        "시그널 {name}({number})에 의해 종료됨(코드는 시그널 번호에 음수 부호를 붙인 값)"
    ),
    "processes.did_raises": "`ValueError`를 발생시킴(잡지 않음)",
    "processes.did_exits_3": "`os._exit(3)` 호출",
    "processes.did_killed": "부모가 SIGKILL을 보냄(`Process.kill()`)",
    "processes.parent_survived": (
        "부모는 종료 코드 세 개를 모두 읽고 마지막 줄을 출력했으며, "
        "부모의 종료 코드는 {code}이었습니다. 자식의 실패는 어느 것도 "
        "부모에게 미치지 않았습니다."
    ),
    "processes.parent_failed": (
        "부모는 마지막 줄을 출력하지 못한 채 끝났고, 종료 코드는 "
        "{code}이었습니다. 이번 실행에서는 자식의 실패가 부모에게까지 "
        "미쳤습니다."
    ),
    "processes.guard_ran": (
        "모듈 수준 코드가 {count}번 실행되었고, 그때마다 `__name__` "
        "값은 {names}이었습니다. spawn으로 시작한 자식이 스크립트를 "
        "다시 임포트한 것입니다."
    ),
    "processes.guard_child_failed": (
        "자식에서는 이 두 번째 실행이 `child.start()`에 이르러 위의 "
        "`RuntimeError`가 발생했고, 자식의 종료 코드는 "
        "{code}이었습니다."
    ),
    "processes.guard_then": ", 그다음 ",
    "processes.guard_child_ok": "자식의 종료 코드는 {code}이었습니다.",
    "processes.guard_no_child_code": "부모는 자식의 종료 코드를 출력하지 않았습니다.",
    "processes.guard_parent_zero": (
        "**스크립트 자체의 종료 코드는 {code}이었습니다.** 스크립트의 "
        "종료 코드만 확인해서는 자식이 실패했다는 것을 알아차릴 수 "
        "없습니다."
    ),
    "processes.guard_parent_code": "스크립트 자체의 종료 코드는 {code}이었습니다.",
    "threads.shared_same": (
        "읽는 스레드가 읽은 것은 {read}이며, 쓰는 스레드가 추가한 "
        "것과 정확히 같습니다. 모든 스레드가 보는 리스트 객체는 "
        "하나뿐입니다. 이 스레드들은 모두 같은 프로세스 {pid}에서 "
        "실행되었고, 스레드 id만 서로 달랐습니다({ids})."
    ),
    "threads.shared_differs": (
        "쓰는 스레드가 추가한 것은 {written}이지만 읽는 스레드가 읽은 "
        "것은 {read}이었습니다. 이번 실행에서 읽는 스레드는 쓰는 "
        "스레드의 리스트를 전부 보지 못했습니다."
    ),
    "threads.cost_what": "시작 + join",
    "threads.cost_median": "스레드당 중앙값",
    "threads.cost_min": "최소",
    "threads.cost_max": "최대",
    "threads.cost_ratio": "하나씩 대비 (95 % 구간)",
    "threads.cost_one": "스레드, 하나씩",
    "threads.cost_batch": "스레드, {n}개 묶음으로",
    "threads.cost_setup": (
        "*라운드*마다 스레드 {n}개를 하나씩 시작하고 join하는 것과, 스레드 {n}개를 하나도 "
        "join하기 전에 모두 시작하는 것을 하나씩 실행하되 순서를 라운드마다 번갈아 바꿉니다. "
        "두 시간 모두 {n}으로 나누고, 그 비율은 라운드 안에서 구합니다. 라운드는 (최소 "
        "{min_rounds}번) 구간이 중앙값의 \u00b1{precision:.0%} 안에 들어오거나 {budget:g}초가 "
        "지날 때까지 이어집니다."
    ),
    "threads.batch_cheaper": (
        "**{n}개 묶음으로 시작한 스레드는 {batch}가 걸려, 혼자 시작하고 join한 스레드({one})의 "
        "{ratio}였습니다**({interval})."
    ),
    "threads.batch_dearer": (
        "**{n}개 묶음으로 시작한 스레드는 {batch}가 걸려, 혼자 시작하고 join한 스레드({one})의 "
        "{ratio}였습니다**({interval}). 스레드당 비용이 줄지 않고 오히려 늘었습니다."
    ),
    "threads.batch_same": (
        "**스레드 하나는 {n}개 묶음에서 {batch}, 혼자서는 {one}가 걸렸습니다.** 라운드별 "
        "비율은 {ratio}였는데({interval}), 이 구간에 1이 들어 있으므로 이번 실행으로는 둘을 "
        "구별할 수 없습니다."
    ),
    "threads.cost_no_processes": (
        "프로세스 페이지의 실행에서 수치를 얻지 못해, 비교할 프로세스 수치가 없습니다."
    ),
    "threads.cost_claim_slower": (
        "**이 플랫폼의 기본 시작 방식(`{method}`)으로 시작한 프로세스는 {process}가 "
        "걸렸습니다. 같은 라운드의 스레드({thread})의 {ratio}입니다**({interval})."
    ),
    "threads.cost_claim_faster": (
        "**이 플랫폼의 기본 시작 방식(`{method}`)으로 시작한 프로세스는 {process}가 걸려, "
        "같은 라운드의 스레드({thread})보다 짧았습니다. {ratio}입니다**({interval})."
    ),
    "threads.cost_claim_same": (
        "**이 플랫폼의 기본 시작 방식(`{method}`)으로 시작한 프로세스는 {process}, 스레드는 "
        "{thread}가 걸렸습니다.** 라운드별로 프로세스는 스레드 시간의 {ratio}였는데"
        "({interval}), 이 구간에 1이 들어 있으므로 그 실행으로는 둘을 구별할 수 없습니다."
    ),
    "threads.cost_methods": "같은 라운드에서 다른 시작 방식은 이렇습니다. {methods}.",
    "threads.cost_method": "`{method}` {ratio}({interval})",
    "threads.hook_reported": (
        "`threading.excepthook`이 실패한 스레드의 트레이스백을 "
        "출력했습니다(`Exception in thread failing:`부터의 줄들)."
    ),
    "threads.hook_silent": "이번 실행에서는 `Exception in thread` 보고가 나타나지 않았습니다.",
    "threads.others_finished": (
        "`failing` 스레드가 끝난 뒤에도 {others} 스레드는 살아 "
        "있었고, 이어서 작업을 마쳤습니다. 결과: {results}."
    ),
    "threads.others_missing": (
        "`failing` 스레드가 끝난 뒤 다른 스레드가 모두 작업을 "
        "마치지는 못했습니다. 살아 있던 스레드: {others}, 결과: "
        "{results}."
    ),
    "threads.abort_code": "**부모가 읽은 자식의 exitcode는 {code}입니다: {meaning}.**",
    "threads.abort_stopped": (
        "자식이 죽었을 때 작업 스레드들이 마친 단계 수는 {steps}단계 "
        "중 {at_exit}이었고, {after}초 뒤에도 {later} 그대로였습니다. "
        "모든 스레드가 프로세스와 함께 멈췄습니다."
    ),
    "threads.abort_moved": (
        "자식이 죽었을 때 작업 스레드들이 마친 단계 수는 {steps}단계 "
        "중 {at_exit}이었고, {after}초 뒤에는 {later}이었습니다. 이번 "
        "실행에서는 그 뒤에도 수가 바뀌었습니다."
    ),
    "threads.abort_none_finished": (
        "마지막 줄을 출력한 작업 스레드는 없었고, 자식의 메인 스레드도 마찬가지였습니다."
    ),
    "threads.abort_some_finished": "그래도 작업 스레드 {n}개는 마지막 줄을 출력했습니다.",
    "threads.handmade_lost": (
        "직접 만든 스레드: 결과 리스트는 {results}이었고, 입력 "
        "{lost}의 작업은 자기 칸을 비워 두었습니다."
    ),
    "threads.handmade_all": "직접 만든 스레드: 결과 리스트는 {results}이었습니다.",
    "threads.handmade_hook": (
        "그 작업의 예외는 `threading.excepthook`으로 가서 출력되었을 "
        "뿐입니다. 메인 스레드는 예외를 보지 못했고, `None`을 보고 "
        "스스로 알아차려야 했습니다."
    ),
    "threads.handmade_silent": "예외에 대한 보고는 나타나지 않았습니다.",
    "threads.pool_map": (
        "`pool.map()`: 루프는 결과 {total}개 중 {count}개({mapped})를 "
        "받았고, 그다음 메인 스레드에서 예외가 발생해 그 뒤의 결과는 "
        "이 루프에 전달되지 못했습니다."
    ),
    "threads.pool_submit": (
        "`submit()`과 `future.result()`: 결과 {ok}개를 받았고, 실패한 "
        "작업의 예외는 `result()`를 호출한 곳에서 다시 "
        "발생해({errors}) 그 자리에서 처리할 수 있었습니다."
    ),
    "threads.pool_map_all": (
        "`pool.map()`: 결과 {count}개를 모두 받았고({mapped}), 예외는 없었습니다."
    ),
    "threads.pool_submit_all": (
        "`submit()`과 `future.result()`: 결과 {ok}개를 모두 받았고, 예외는 없었습니다."
    ),
    "threads.pool_no_hook": (
        "풀은 `Exception in thread` 보고를 출력하지 않았습니다. "
        "예외는 그 대신 future에 담겨 전달됩니다."
    ),
    "threads.daemon_cut": (
        "**데몬 스레드는 틱 {total}번 중 {ticks}번을 출력한 뒤, "
        "인터프리터가 종료되면서 중간에 끊겼습니다.** 마지막 줄은 "
        "끝내 출력되지 않았습니다."
    ),
    "threads.daemon_finished": (
        "데몬 스레드는 인터프리터가 종료되기 전에 틱 {total}번을 모두 마쳤습니다."
    ),
    "threads.worker_waited": (
        "메인 스레드는 {main:.2f}초에 스크립트 끝에 도달했지만, "
        "프로세스는 데몬이 아닌 작업 스레드를 기다렸고, 그 스레드의 "
        "줄이 {worker:.2f}초에 마지막으로 출력되었습니다."
    ),
    "threads.worker_not_last": (
        "메인 스레드는 {main:.2f}초에 끝에 도달했고 작업 스레드는 "
        "{worker:.2f}초에 출력했지만, 작업 스레드의 줄이 마지막 줄은 "
        "아니었습니다."
    ),
    "threads.worker_missing": "작업 스레드나 메인 스레드의 줄이 없습니다.",
    "ipc.label_threads": "{name} (스레드)",
    "ipc.col_mechanism": "메커니즘",
    "ipc.col_between": "주고받는 쪽",
    "ipc.col_round_trip": "{size} 왕복 시간(중앙값)",
    "ipc.col_interval": "95 % 구간",
    "ipc.col_vs_quickest": "`{quickest}` 시간 대비 배수(같은 라운드)",
    "ipc.col_rounds": "라운드 수",
    "ipc.cell_reference": "가장 빠름",
    "ipc.between_processes": "프로세스",
    "ipc.between_threads": "스레드",
    "ipc.latency_note": (
        "각 메커니즘은 라운드마다 {size} 왕복을 {per}번 했고, 그 라운드의 시간은 이들의 "
        "평균입니다. 시간은 라운드들에 걸친 중앙값과 그 95 % 구간입니다. 배수는 각 라운드의 "
        "시간을 같은 라운드에서 프로세스 사이의 가장 빠른 방법이 걸린 시간으로 나눈 것이고, "
        "그 비율들의 중앙값과 95 % 구간을 보여 줍니다."
    ),
    "ipc.latency_range": (
        "프로세스 사이에서 가장 빠른 왕복은 `{fast}`로 {fast_time}였고, 가장 느린 왕복은 "
        "`{slow}`로 {slow_time}였습니다. 같은 라운드에서 {ratio}만큼 오래 걸린 셈입니다."
    ),
    "ipc.latency_threads_faster": (
        "두 스레드 사이에서는 `{thread}`가 {thread_time} 걸렸고, 이는 `{fast}` 왕복 시간의 "
        "{ratio}입니다. 메시지가 프로세스 밖으로 나가지 않으므로 프로세스 사이의 어떤 "
        "방법보다도 빠릅니다."
    ),
    "ipc.latency_threads_slower": (
        "두 스레드 사이에서는 `{thread}`가 {thread_time} 걸렸고, 이는 `{fast}` 왕복 시간의 "
        "{ratio}입니다. 프로세스 사이의 가장 빠른 방법보다 느렸습니다. 참조를 넘기는 데는 "
        "비용이 들지 않지만, 기다리는 스레드를 깨우는 데는 비용이 듭니다. `queue.Queue`는 "
        "Python으로 작성된 락과 조건 변수로 만들어져 있고, GIL(Global Interpreter Lock)이 "
        "있는 환경에서는 깨어난 스레드가 GIL도 획득해야 합니다."
    ),
    "ipc.latency_threads_unclear": (
        "두 스레드 사이에서는 `{thread}`가 {thread_time} 걸렸고, 이는 `{fast}` 왕복 시간의 "
        "{ratio}입니다. 구간이 1&times;를 포함하므로, 이번 실행으로는 둘 중 어느 쪽이 더 "
        "빠른지 알 수 없습니다."
    ),
    "ipc.table_note": (
        "각 칸은 페이로드 크기를 {rounds}개 라운드에 걸친 전달 한 번의 시간 중앙값으로 나눈 "
        "값이고, 그 아래는 그 중앙값의 95 % 구간입니다. 라운드마다 메커니즘별 전달 횟수: "
        "{per}(라운드의 시간은 이들의 평균). 측정한 방법 {count}가지(피클링만 한 경우 포함) "
        "각각의 전달 {sent}회는 워밍업을 포함해 모두, 수신 측이 받은 데이터의 SHA-256을 보낸 "
        "데이터의 SHA-256과 비교해 검증했습니다. 각각 {intact}회가 온전히 도착했습니다."
    ),
    "ipc.chart_title": "페이로드 크기별 처리량: 중앙값과 95 % 구간, 라운드 {rounds}개",
    "ipc.chart_x": "페이로드 크기(로그 눈금)",
    "ipc.chart_y": "처리량, GB/s(로그 눈금)",
    "ipc.chart_pickle": "pickle.dumps + loads만",
    "ipc.chart_desc": (
        "{rounds}개 라운드에서 잰, 페이로드 크기 {low}부터 {high}까지의 처리량 "
        "중앙값(GB/s)입니다. 두 축 모두 로그 눈금이고, 메커니즘마다 선이 하나씩 있으며 각 "
        "점의 95 % 구간은 오차 막대로, 피클링만 따로 잰 값은 점선으로 나타냈습니다. 가장 큰 "
        "크기에서 중앙값이 가장 높은 것은 {fast}, 가장 낮은 것은 {slow}였습니다. 값과 그 "
        "구간: {lines}."
    ),
    "ipc.col_size": "페이로드",
    "ipc.col_pickle": "pickle.dumps + loads만(중앙값, 95 % 구간)",
    "ipc.col_transfer": "`{mechanism}` 전송(중앙값, 95 % 구간)",
    "ipc.col_share": "`{mechanism}` 전송 중 피클링 비율",
    "ipc.pickle_note": (
        "모두 같은 {rounds}개 라운드에서 잰 값입니다. 비율은 한 라운드 안에서 피클링만 한 "
        "시간을 전송 시간으로 나눈 것이고, 칸에는 그 비율들의 중앙값과 그 아래 95 % 구간이 "
        "있습니다."
    ),
    "ipc.pickle_reproduced": (
        "{size}에서 피클링과 언피클링만 {alone} 걸렸고, 같은 페이로드의 `{mechanism}` 전송은 "
        "{whole} 걸렸습니다. 라운드별로 잰 전송 중 피클링 비율은 {share}이고, 구간 전체가 "
        "{threshold} 이상입니다. 이 전달에 드는 일의 큰 부분은 pickle이 하고, 나머지는 전송 "
        "경로(피더 스레드, 파이프, 깨우기)가 차지합니다."
    ),
    "ipc.pickle_not_reproduced": (
        "{size}에서 피클링과 언피클링만 {alone} 걸렸고, 같은 페이로드의 `{mechanism}` 전송은 "
        "{whole} 걸렸습니다. 라운드별로 잰 전송 중 피클링 비율은 {share}이고, 구간 전체가 "
        "{threshold} 미만입니다. 시간 대부분은 pickle이 아니라 전송 경로(피더 스레드, 파이프, "
        "깨우기)에 쓰입니다."
    ),
    "ipc.pickle_inconclusive": (
        "{size}에서 피클링과 언피클링만 {alone} 걸렸고, 같은 페이로드의 `{mechanism}` 전송은 "
        "{whole} 걸렸습니다. 라운드별로 잰 전송 중 피클링 비율은 {share}입니다. 구간이 "
        "{threshold}에 걸쳐 있으므로, 이번 실행으로는 피클링이 이 전달의 큰 부분인지 알 수 "
        "없습니다."
    ),
    "ipc.choose_shared_reproduced": (
        "**큰 페이로드:** {size}에서 공유 메모리는 `{queue}`보다 바이트를 빨리 옮겼습니다. "
        "큐 대비 처리량 배수: {figures}. 공유 메모리는 복사를 피합니다. 송신 측은 바이트를 "
        "수신 측이 그 자리에서 읽는 메모리에 한 번만 쓰지만, 큐는 바이트를 피클링해 파이프로 "
        "조각조각 밀어 넣고 받는 쪽에서 새 객체로 언피클링합니다."
    ),
    "ipc.choose_shared_not_reproduced": (
        "**큰 페이로드:** 이번 빌드에서 {size}일 때 공유 메모리의 처리량은 `{queue}`의 "
        "{threshold}에 이르지 못했습니다: {figures}. 공유 메모리는 복사를 줄이지만, 여기서는 "
        "그 덕분에 확실히 빨라지지는 않았습니다."
    ),
    "ipc.choose_shared_inconclusive": (
        "**큰 페이로드:** {size}에서 `{queue}` 대비 공유 메모리의 처리량 배수: {figures}. "
        "이번 실행으로는 {threshold}에 이르는지 알 수 없습니다. 라운드마다 얼마나 달랐는지는 "
        "구간에서 볼 수 있습니다."
    ),
    "ipc.choose_small": (
        "**작은 메시지:** `{best}`로 {small} 페이로드에 담아 보낸 바이트 하나는 {large} "
        "페이로드에 담아 보낸 바이트 하나의 {ratio}만큼 시간이 걸렸습니다. 페이로드가 작으면 "
        "시간은 바이트가 아니라 상대편을 깨우는 데 쓰입니다. 작은 메시지를 많이 보내면 같은 "
        "바이트를 큰 메시지 몇 개로 보낼 때보다 훨씬 비쌉니다."
    ),
    "ipc.choose_small_flat": (
        "**작은 메시지:** `{best}`로 {small} 페이로드에 담아 보낸 바이트 하나는 {large} "
        "페이로드에 담아 보낸 바이트 하나의 {ratio}만큼 시간이 걸렸고, 구간 전체가 {dearer} "
        "미만입니다. 이번 빌드에서는 작은 메시지가 바이트당 비용이 크게 높지 않았습니다."
    ),
    "ipc.choose_small_unclear": (
        "**작은 메시지:** `{best}`로 {small} 페이로드에 담아 보낸 바이트 하나는 {large} "
        "페이로드에 담아 보낸 바이트 하나의 {ratio}만큼 시간이 걸렸습니다. 구간이 {dearer}에 "
        "걸쳐 있으므로, 이번 실행으로는 작은 메시지가 바이트당 훨씬 비싼지 알 수 없습니다."
    ),
    "ipc.choose_manager_reproduced": (
        "**매니저:** 같은 라운드에서 {size}를 옮기는 데 `{manager}`는 일반 `{queue}`보다 오래 "
        "걸렸습니다: "
        "{figures}. 프록시에 대한 호출은 하나하나가 매니저 프로세스로 가는 요청이라서, "
        "페이로드가 송신 측에서 매니저로, 매니저에서 수신 측으로 두 번 이동합니다. 매니저는 "
        "대량의 데이터가 아니라, 작거나 드물게 바뀌는 공유 상태에 어울립니다."
    ),
    "ipc.choose_manager_not_reproduced": (
        "**매니저:** 같은 라운드에서 {size}일 때 `{manager}`와 일반 `{queue}`의 비교: {figures}. "
        "{threshold} 미만이므로, 이번 빌드에서는 매니저 프로세스를 거쳐 가는 우회가 전송을 "
        "확실히 느리게 하지 않았습니다."
    ),
    "ipc.choose_manager_inconclusive": (
        "**매니저:** 같은 라운드에서 {size}일 때 `{manager}`와 일반 `{queue}`의 비교: "
        "{figures}. 이번 실행으로는 매니저 프로세스를 거쳐 가는 우회에 {threshold} 이상이 "
        "드는지 알 수 없습니다."
    ),
    "ipc.choose_threads_reproduced": (
        "**스레드:** `{thread}`는 {size}를 다른 스레드에 {thread_time} 만에 넘겼고, 프로세스 "
        "사이의 가장 빠른 방법인 `{best}`는 {best_time}, 곧 {ratio}만큼 걸렸습니다. 스레드 "
        "사이에서는 참조만 옮겨 가기 때문입니다. 대가도 있습니다. 이제 두 스레드가 같은 "
        "객체를 바꿀 수 있으므로, 공유되는 변경 가능한 데이터에는 락이 필요합니다."
    ),
    "ipc.choose_threads_not_reproduced": (
        "**스레드:** `{thread}`는 {size}를 다른 스레드에 {thread_time} 만에 넘겼고, "
        "프로세스 사이의 `{best}`는 {best_time}({ratio}) 걸렸습니다. 참조만 옮겨 가는데도 "
        "이번 빌드에서 스레드는 프로세스 사이의 방법들보다 {threshold} 빠르지 않았습니다."
    ),
    "ipc.choose_threads_inconclusive": (
        "**스레드:** `{thread}`는 {size}를 다른 스레드에 {thread_time} 만에 넘겼고, "
        "프로세스 사이의 `{best}`는 {best_time}({ratio}) 걸렸습니다. 이번 실행으로는 "
        "스레드가 프로세스 사이의 모든 방법보다 {threshold} 이상 빠른지 알 수 없습니다."
    ),
    "ipc.setup": (
        "`compare_mechanisms.py`는 프로그램 {count}개의 수신 측을 한꺼번에 열고(피클링만 하는 "
        "경우에는 수신 측이 없습니다), 각각을 모든 크기에서 검증하는 전달 한 번으로 워밍업한 "
        "다음 *라운드*를 실행합니다. 각 라운드는 모든 크기의 페이로드를 모든 메커니즘으로 "
        "넘기며, 작은 크기는 묶음으로 넘깁니다({per}). 순서는 라운드마다 한 자리씩 돌아가므로, "
        "컴퓨터가 더 바빠지거나 한가해져도 모든 메커니즘이 똑같이 영향을 받습니다. 비교값은 "
        "각 라운드 안에서(한 메커니즘의 시간을 같은 라운드의 다른 메커니즘의 시간으로 나누어) "
        "계산하고, 라운드들에 걸친 중앙값과 95 % 구간으로 보고합니다. 라운드는 (최소 "
        "{min_rounds}번) 주장이 기대는 비교값들의 구간이 충분히 좁아지거나 시간 예산이 다할 "
        "때까지 계속됩니다. 모든 전달은 위와 같이 검증합니다. 이번 실행에서는 메커니즘마다 "
        "{sent}회였습니다."
    ),
    "evidence.ipc_at": "`{mechanism}`, {size}",
    "claims.ipc_shared_memory": (
        "공유 메모리는 큰 페이로드를 multiprocessing.Queue보다 빨리 옮긴다."
    ),
    "claims.ipc_shared_memory.figure": "{source}: 처리량 \u00f7 Queue의 처리량",
    "claims.ipc_pickle_share": (
        "큰 페이로드를 multiprocessing.Queue로 전송할 때 피클링이 큰 부분을 차지한다."
    ),
    "claims.ipc_pickle_share.figure": "{source}: 피클링만 한 시간 \u00f7 전송 전체 시간",
    "claims.ipc_manager": (
        "Manager의 큐는 큰 페이로드를 일반 multiprocessing.Queue보다 느리게 옮긴다."
    ),
    "claims.ipc_manager.figure": "{source}: 시간 \u00f7 일반 Queue의 시간",
    "claims.ipc_threads": "스레드는 큰 페이로드를 프로세스 사이의 어떤 방법보다도 빨리 넘긴다.",
    "claims.ipc_threads.figure": "{source}: 시간 \u00f7 스레드 사이 `queue.Queue`의 시간",
    "cluster.col_way": "방식",
    "cluster.col_time": "실행 한 번의 시간: 라운드의 중앙값",
    "cluster.col_range": "최소 &ndash; 최대",
    "cluster.col_speedup": "순차 실행 대비 속도, 라운드별",
    "cluster.cell_baseline": "기준",
    "cluster.workload_note": (
        "각 수치는 라운드의 중앙값이고, 괄호 안은 그 95 % 구간입니다. 속도 향상은 라운드별 "
        "비율(한 라운드의 순차 실행 시간을 같은 라운드에서 이 방식이 걸린 시간으로 나눈 값)의 "
        "중앙값입니다. *한계에 도달*: 구간이 "
        "min(워커 수, 사용 가능한 코어 수)인 {ideal}에 닿으므로, 이번 실행으로는 완벽한 "
        "확장과 구별할 수 없습니다."
    ),
    "cluster.method_primes": (
        "각 *라운드*는 네 가지 방식을 한 번씩, 라운드마다 한 자리씩 돌아가는 순서로 실행하고 "
        "모든 답을 체로 구한 답과 비교했습니다. 속도 향상과 비율은 모두 한 라운드 안에서 "
        "계산하므로, 컴퓨터가 더 바빠지거나 한가해져도 네 방식이 똑같이 영향을 받습니다."
    ),
    "cluster.method_start": (
        "각 *라운드*는 두 종류의 풀을 하나씩 차례로 시작하고 멈추었으며, 둘의 순서는 "
        "라운드마다 바뀌었습니다. 클러스터가 준비되는 데 걸린 시간은 같은 라운드에서 풀이 "
        "걸린 시간으로 나눕니다."
    ),
    "cluster.method_sweep": (
        "각 *라운드*는 구성 {configs}개(방식마다 아무 일도 하지 않는 태스크, 그리고 태스크 "
        "크기마다 프로세스 풀과 Dask)를 한 번씩, 라운드마다 한 자리씩 돌아가는 순서로 "
        "실행하고 모든 답을 확인했습니다. 프로세스 풀과 Dask는 한 라운드 안에서 비교합니다."
    ),
    "cluster.workload_speedups": (
        "워커 {workers}개로 태스크 {tasks}개를 실행했을 때, 하나씩 차례로 실행할 때와 비교한 "
        "속도는 프로세스 풀이 {pool_speedup}, `Client.map` + `gather`가 {dask_speedup}, "
        "`Client.get_executor()`가 {executor_speedup}였습니다."
    ),
    "cluster.workload_dask_slower": (
        "**Dask의 `Client.map`은 프로세스 풀보다 오래 걸렸습니다. 같은 라운드에서 풀의 "
        "{ratio}입니다.** 같은 코어에서 같은 작업을 했으므로, 이는 스케줄러의 비용, 그리고 "
        "모든 태스크와 모든 답을 TCP로 주고받는 비용입니다. 컴퓨터 한 대에서는 그 대가로 "
        "얻는 것이 없습니다."
    ),
    "cluster.workload_dask_faster": (
        "**Dask의 `Client.map`은 프로세스 풀보다 적게 걸렸습니다. 같은 라운드에서 풀의 "
        "{ratio}입니다.** 둘 다 같은 코어에서 같은 태스크를 실행했으므로, 이 차이는 여기서 "
        "각각이 태스크를 어떻게 나눠 주었는지를 보여 줄 뿐, Dask가 컴퓨터 한 대에 계산 "
        "능력을 더해 준다는 뜻은 아닙니다."
    ),
    "cluster.workload_dask_same": (
        "**이번 실행으로는 Dask의 `Client.map`과 프로세스 풀을 구별할 수 없습니다.** 같은 "
        "라운드에서 풀의 {ratio}였고, 이 구간은 같은 시간을 뜻하는 1을 포함합니다. 이 크기의 "
        "태스크에서는 스케줄러의 비용이 드러날 만큼 크지 않았습니다."
    ),
    "cluster.workload_executor": (
        "`Client.get_executor()`를 거치면 같은 작업에 풀의 {executor_ratio}가 걸렸습니다."
    ),
    "cluster.start_slower": (
        "워커 {workers}개짜리 로컬 클러스터는 **{ready}** 만에, 같은 수의 워커를 둔 "
        "`ProcessPoolExecutor`(시작 방식 `{method}`)는 {pool_ready} 만에 준비되었습니다. "
        "라운드별로 보면 클러스터가 **{ratio}만큼 오래** 걸렸습니다. "
        "종료하는 데는 {stop} 걸렸습니다(프로세스 풀은 {pool_stop})."
    ),
    "cluster.start_faster": (
        "워커 {workers}개짜리 로컬 클러스터는 **{ready}** 만에, 같은 수의 워커를 둔 "
        "`ProcessPoolExecutor`(시작 방식 `{method}`)는 {pool_ready} 만에 준비되었습니다. "
        "라운드별로 보면 클러스터는 풀의 {ratio}만 걸려 **풀보다 빨랐습니다**. "
        "종료하는 데는 {stop} 걸렸습니다(프로세스 풀은 {pool_stop})."
    ),
    "cluster.start_same": (
        "워커 {workers}개짜리 로컬 클러스터는 **{ready}** 만에, 같은 수의 워커를 둔 "
        "`ProcessPoolExecutor`(시작 방식 `{method}`)는 {pool_ready} 만에 준비되었습니다. "
        "라운드별로 보면 클러스터는 풀의 {ratio}가 걸렸고, 이 구간은 1을 포함하므로 **이번 "
        "실행으로는 둘을 구별할 수 없습니다**. 종료하는 데는 {stop} "
        "걸렸습니다(프로세스 풀은 {pool_stop})."
    ),
    "cluster.col_per_task": "태스크당: 라운드의 중앙값(95 % 구간), 라운드마다 태스크 {count}개",
    "cluster.overhead_dearer": (
        "태스크 하나를 Dask에 넘기고 답을 돌려받는 데 **{dask}** 들었습니다. 프로세스 풀은 "
        "{pool}였으니, 같은 라운드에서 **{ratio}만큼** 든 셈입니다. 함수를 직접 호출하면 "
        "{call} 들었습니다. 작업량이 {dask_median}보다 그리 크지 않은 태스크는 대부분의 "
        "시간을 스케줄링되는 데 씁니다."
    ),
    "cluster.overhead_cheaper": (
        "태스크 하나를 Dask에 넘기고 답을 돌려받는 데 **{dask}** 들었습니다. 프로세스 풀은 "
        "{pool}였으니, 같은 라운드에서 풀의 {ratio}로 **풀보다 적게** 들었습니다. 함수를 "
        "직접 호출하면 {call} 들었습니다."
    ),
    "cluster.overhead_same": (
        "태스크 하나를 Dask에 넘기고 답을 돌려받는 데 **{dask}** 들었습니다. 프로세스 풀은 "
        "{pool}였고, 같은 라운드에서 풀의 {ratio}였습니다. 이 구간은 1을 포함하므로 **이번 "
        "실행으로는 둘을 구별할 수 없습니다**. 함수를 직접 호출하면 {call} 들었습니다."
    ),
    "cluster.chart_title": "태스크 크기별 효율 (실행마다 태스크 {tasks}개)",
    "cluster.chart_x": "태스크당 작업량",
    "cluster.chart_y": "효율 (이상적 시간 ÷ 측정 시간)",
    "cluster.chart_ideal": "이상적: 나눠 주는 비용이 없을 때",
    "cluster.label_pool": "ProcessPoolExecutor",
    "cluster.label_dask": "Dask Client.map",
    "cluster.chart_desc": (
        "워커 {workers}개에서 같은 크기의 태스크 {tasks}개를 실행할 때의 효율, 태스크당 "
        "작업량 {low}부터 {high}까지. 라운드의 중앙값이며, 구간은 오차 막대로 그렸습니다. "
        "{points}."
    ),
    "cluster.past_ideal_note": (
        "**한계를 넘음:** {points}의 효율 구간은 전체가 100%보다 위에 있는데, 어떤 풀도 "
        "여기에 이를 수 없습니다. 이상적 시간은 프로그램을 시작할 때 잰 `spin()`의 속도를 "
        "바탕으로 하는데, 여기서는 워커가 그보다 빨리 실행되었습니다(또는 그 첫 측정이 "
        "무언가에 방해받았습니다). 이런 점은 이상적 시간보다 나은 결과가 아니라 "
        "\u201c이상적 시간에 도달\u201d으로 읽으세요."
    ),
    "cluster.col_size": "태스크당 작업량",
    "cluster.col_ideal": "이상적 시간 (태스크 {tasks}개, 워커 {workers}개)",
    "cluster.col_pool": "프로세스 풀: 효율",
    "cluster.col_dask": "Dask: 효율",
    "cluster.col_share": "Dask의 효율 ÷ 프로세스 풀의 효율, 라운드별",
    "cluster.col_reached": "{share} 이상?",
    "cluster.share_reached": "예: 구간 전체",
    "cluster.share_not_reached": "아니요: 구간 전체가 아래",
    "cluster.share_unclear": "알 수 없음: 구간이 {share}에 걸침",
    "cluster.share_no_data": "구간 없음",
    "cluster.efficiency_note": (
        "효율: 이상적 시간을 한 라운드의 시간으로 나눈 값입니다. 칸마다 라운드의 중앙값을, "
        "괄호 안에 그 95 % 구간을 적었습니다. Dask의 효율을 프로세스 풀의 효율로 나눈 값은, "
        "라운드마다 같은 크기에서 풀의 시간을 Dask의 시간으로 나눈 값입니다(이상적 시간은 "
        "약분됩니다). "
        "*한계에 도달*: 구간이 100%에 닿으므로, 이번 실행으로는 오버헤드가 전혀 없는 경우와 "
        "구별할 수 없습니다."
    ),
    "cluster.crossover_definition": (
        "**교차점**은 스윕에서 그 크기와 그보다 큰 모든 크기에서 Dask의 효율이 프로세스 풀 "
        "효율의 {share} 이상이 되는, 가장 작은 태스크 크기입니다. 한 라운드 안에서 Dask의 "
        "효율을 풀의 효율로 나눈 값은, 같은 크기에서 풀의 시간을 Dask의 시간으로 나눈 값과 "
        "같습니다(이상적 시간은 약분됩니다). 이 라운드별 비율의 중앙값 구간 전체가 {share} "
        "이상일 때만 그 크기에서 도달한 것으로 치며, 구간이 {share}에 걸친 크기는 도달한 것이 "
        "아니라 판단할 수 없는 것으로 봅니다."
    ),
    "cluster.crossover_found": (
        "**이번 빌드에서는 태스크 크기 {size}부터 그 이상에서 Dask의 효율이 프로세스 풀의 "
        "{share} 이상이었습니다.** {size}에서 {ratio}였고, 스윕에서 그보다 큰 모든 크기에서도 "
        "구간 전체가 {share} 이상이었습니다."
    ),
    "cluster.crossover_below_not": (
        "한 단계 아래인 {below}에서는 {below_ratio}로, 구간 전체가 {share}보다 아래였습니다."
    ),
    "cluster.crossover_below_unclear": (
        "한 단계 아래인 {below}에서는 {below_ratio}로, 구간이 {share}에 걸쳐 있어 교차점이 더 "
        "아래에 있는지는 이번 실행으로 알 수 없습니다."
    ),
    "cluster.crossover_everywhere": (
        "**측정한 모든 태스크 크기에서 Dask의 효율이 프로세스 풀의 {share} 이상이었습니다.** "
        "가장 작은 {smallest}에서도 그랬습니다(그 크기에서 {ratio}). 이번 빌드에서는 가장 작은 "
        "태스크에서도 스케줄러의 오버헤드가 문제 되지 않았습니다."
    ),
    "cluster.crossover_none": (
        "**이번 빌드에서는 교차점이 없었습니다.** 측정한 가장 큰 크기인 태스크당 작업량 "
        "{size}에서도 Dask의 효율은 프로세스 풀의 {ratio}로, 구간 전체가 {share}보다 "
        "아래였습니다. 이 컴퓨터에서는 측정한 모든 태스크 크기에서 스케줄러의 오버헤드가 "
        "문제가 되었습니다."
    ),
    "cluster.crossover_none_unclear": (
        "**이번 실행으로 확인할 수 있는 교차점은 없었습니다.** 측정한 가장 큰 크기인 태스크당 "
        "작업량 {size}에서 Dask의 효율은 프로세스 풀의 {ratio}였고, 이 구간은 {share}에 걸쳐 "
        "있습니다. 판단하려면 라운드를 더 돌리거나 더 한가한 컴퓨터가 필요합니다."
    ),
    "cluster.killed_complete": (
        "이번 빌드에서 강제 종료된 워커는 끝나지 않은 태스크 "
        "{in_hand}개를 맡고 있었고, 완료된 결과 {held}개를 가지고 "
        "있었습니다. 스케줄러는 그 태스크들을 남은 워커에서 다시 "
        "실행했고, `gather()`는 태스크 {tasks}개에 대한 답 "
        "{answers}개를 모두 돌려주었습니다. 모든 답이 "
        "에라토스테네스의 체로 구한 값과 같았습니다."
    ),
    "cluster.killed_wrong": (
        "이번 빌드에서 강제 종료된 워커는 끝나지 않은 태스크 "
        "{in_hand}개를 맡고 있었고 완료된 결과 {held}개를 가지고 "
        "있었으며, `gather()`는 태스크 {tasks}개에 대해 "
        "에라토스테네스의 체로 구한 답을 돌려주지 "
        "**않았습니다**(돌아온 답은 {answers}개)."
    ),
    "cluster.killed_restarted": (
        "그 뒤 워커 프로세스마다 지켜보는 Dask의 nanny가 그 자리에 새 워커 프로세스를 시작했습니다."
    ),
    "cluster.killed_not_restarted": (
        "프로그램이 기다린 시간 동안 그 자리를 대신할 새 워커 프로세스는 시작되지 않았습니다."
    ),
    "cluster.summary_start": (
        "**시작:** 로컬 클러스터는 {ready}, 프로세스 풀은 {pool_ready} 만에 준비되었습니다. "
        "라운드별로 {ratio}만큼 오래 걸렸습니다."
    ),
    "cluster.summary_task": (
        "**태스크당 비용:** Dask는 {dask}, 프로세스 풀은 {pool}. 라운드별로 {ratio}만큼 들었습니다."
    ),
    "cluster.summary_size_found": (
        "**태스크 크기:** 태스크당 작업량 {size}부터 Dask의 효율이 프로세스 풀의 {share} "
        "이상이었습니다. {size}에서는 {ratio}였습니다."
    ),
    "cluster.summary_size_none": (
        "**태스크 크기:** 태스크당 작업량 {size}까지 어느 크기에서도 Dask의 효율이 프로세스 "
        "풀의 {share}에 이른다고 확인되지 않았습니다. {size}에서는 {ratio}였습니다."
    ),
    "cluster.summary_workload": (
        "**소수 세기 워크로드** (태스크 {tasks}개): 프로세스 풀에서 {pool}, 로컬 클러스터에서 "
        "{dask}. 라운드별로 Dask가 풀의 {ratio}만큼 걸렸습니다."
    ),
    "claims.cluster_start": (
        "로컬 Dask 클러스터는 같은 수의 워커를 둔 프로세스 풀보다 시작하는 데 훨씬 오래 걸립니다."
    ),
    "claims.cluster_start.figure": "{source}: 클러스터가 준비되는 시간 ÷ 풀의 시간",
    "claims.dask_task_size": (
        "태스크당 작업량이 100 ms 이상이면, 컴퓨터 한 대에서 Dask의 효율은 프로세스 풀에 "
        "가깝습니다."
    ),
    "claims.dask_task_size.figure": "{source}: Dask의 효율 ÷ 풀의 효율",
    "evidence.cluster_start": "각각 워커 {workers}개, 풀의 시작 방식 `{method}`",
    "evidence.dask_tasks": "{size} 태스크 {tasks}개, 워커 {workers}개",
    "yes": "예",
    "no": "아니요",
}
