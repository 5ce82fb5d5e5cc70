"""Korean messages: the same keys and placeholders as the English catalogue."""

KO: dict[str, str] = {
    "source": "소스",
    "output": "출력",
    "no_output": "(출력 없음)",
    "meta": "실행 시간 {elapsed:.2f}초 · 종료 코드 {exit} · {machine}",
    "meta_cached": " · 이전 빌드의 캐시에서 가져옴",
    "failed": "이 예제는 빌드에서 실패했습니다: {problem}.",
    "machine": (
        "{implementation} {version}({gil}), 시작 방식 {start_method}, "
        "사용 가능한 코어 {usable_cores}개, {cpu_model}"
    ),
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
        "가장 긴 것). 하한을 넘은 {over:.2f}초는 인터프리터와 워커를 "
        "시작하는 데 든 시간입니다."
    ),
    "seed.tie": (
        "`{first}` 줄과 `{second}` 줄은 둘 다 {due:.1f}초에 출력될 "
        "차례입니다. 이번 빌드에서는 `{first}` 줄이 먼저 "
        "출력되었습니다({first_at:.2f}초, `{second}` 줄은 "
        "{second_at:.2f}초). 같은 순간에 깨어나는 두 워커의 순서를 "
        "정해 주는 것은 없습니다. 운영체제가 먼저 고른 쪽을 "
        "실행하므로, 다른 빌드에서는 반대 순서로 출력될 수 있습니다."
    ),
    "gil.no_results": "프로그램이 결과를 넘겨주지 않았음",
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
    "gil.col_range": "최소 &ndash; 최대",
    "gil.col_speedup": "1스레드 대비 속도",
    "gil.col_busy": "코어 사용량(CPU 시간 ÷ 경과 시간)",
    "gil.col_runs": "실행 횟수",
    "gil.cpu_parallel": (
        "**스레드가 병렬로 실행되었습니다.** 스레드 {threads}개가 "
        "스레드 하나일 때의 {speedup:.2f}&times; 속도로 작업을 "
        "마쳤고, 평균 {busy:.1f}코어를 사용했습니다."
    ),
    "gil.cpu_serial": (
        "**속도 향상이 없습니다.** 스레드가 둘 이상인 실행 중 가장 "
        "좋았던 경우(스레드 {threads}개)도 스레드 하나일 때의 "
        "{speedup:.2f}&times; 속도에 그쳤고, 평균 {busy:.1f}코어를 "
        "사용했습니다."
    ),
    "gil.cpu_expected_gil": (
        "GIL로 예상되는 그대로입니다. GIL을 쥔 스레드만 Python 바이트 "
        "코드를 실행하므로, 코어가 몇 개든(여기서는 {cores}개) "
        "스레드들은 코어 하나 분량의 일을 번갈아 처리합니다."
    ),
    "gil.cpu_unexpected_gil": (
        "GIL이 켜져 있으면 순수 Python 스레드가 스레드 하나보다 "
        "빨라질 수 없습니다. 이런 결과는 바이트 코드가 병렬로 "
        "실행되었다는 뜻이 아니라, 시간 측정에 잡음이 섞였다는 "
        "뜻입니다(다른 프로그램이 스레드 하나짜리 실행을 느리게 만든 "
        "경우)."
    ),
    "gil.cpu_expected_ft": (
        "GIL을 끄고 실행하면 가능한 결과입니다. 코어 {cores}개에서는 "
        "최대 min(스레드 수, 코어 수) = {ceiling}&times;까지 빨라질 "
        "수 있습니다."
    ),
    "gil.cpu_short_ft_busy": (
        "GIL이 꺼져 있어 코어 {cores}개에서 최대 min(스레드 수, 코어 "
        "수) = {ceiling}&times;까지 가능했지만, 프로세스가 받은 CPU "
        "시간은 {busy:.1f}코어 분량뿐이었습니다. 이 프로그램이 도는 "
        "동안 다른 프로그램들이 머신의 나머지를 쓰고 있었습니다."
    ),
    "gil.cpu_short_ft": (
        "GIL이 꺼져 있어 코어 {cores}개에서 최대 min(스레드 수, 코어 "
        "수) = {ceiling}&times;까지 가능했습니다. 스레드들은 "
        "{busy:.1f}코어를 사용하고도 더 빨리 끝나지 않았으니, 서로 "
        "방해가 된 것입니다."
    ),
    "gil.c_parallel": (
        "**스레드가 병렬로 실행되었습니다.** 스레드 {threads}개가 "
        "스레드 하나일 때의 {speedup:.2f}&times; 속도로 버퍼를 "
        "해시했고 {busy:.1f}코어를 사용했습니다. `hashlib`의 C 코드가 "
        "일하는 동안 GIL을 내려놓았으므로, 스레드들이 동시에 해시를 "
        "계산할 수 있었습니다."
    ),
    "gil.c_serial_busy": (
        "**이번 빌드에서는 빨라지지 않았습니다.** 스레드 "
        "{threads}개의 속도는 스레드 하나일 때의 "
        "{speedup:.2f}&times;에 그쳤고, 프로세스가 받은 CPU 시간은 "
        "평균 {busy:.1f}코어 분량뿐이었습니다. 이 프로그램이 도는 "
        "동안 다른 프로그램들이 나머지 코어를 쓰고 있었으므로, "
        "스레드들은 코어 하나를 나눠 써야 했습니다."
    ),
    "gil.c_serial": (
        "**이번 빌드에서는 빨라지지 않았습니다.** 프로세스가 "
        "{busy:.1f}코어를 사용했는데도 스레드 {threads}개의 속도는 "
        "스레드 하나일 때의 {speedup:.2f}&times;에 그쳤습니다."
    ),
    "gil.c_one_core": (
        "빌드 머신에 코어가 하나뿐이어서 스레드 {threads}개가 동시에 "
        "실행될 수 없었습니다. 결과는 스레드 하나일 때의 "
        "{speedup:.2f}&times; 속도였습니다."
    ),
    "gil.col_other_thread": "다른 스레드",
    "gil.col_interval": "스위치 간격",
    "gil.col_late": "슬립이 늦게 끝난 시간(중앙값)",
    "gil.col_naps": "슬립 횟수",
    "gil.col_share": "CPU 바운드 스레드가 받은 코어 비율",
    "gil.no_thread": "없음",
    "gil.cpu_thread": "CPU 바운드",
    "gil.default_mark": "(기본값)",
    "gil.convoy_tracked": (
        "**슬립이 대략 스위치 간격 하나만큼 늦게 끝났습니다.** CPU "
        "바운드 스레드가 도는 동안 {nap} 슬립은 스위치 간격의 "
        "{low:.2f}배에서 {high:.2f}배 사이만큼 늦게 끝났고(중앙값), "
        "다른 스레드가 없을 때는 {idle} 늦었습니다. 슬립하던 스레드는 "
        "제때 깨어났지만 그다음 GIL을 기다려야 했습니다. CPU 바운드 "
        "스레드는 간격이 다 지나야 GIL을 내놓기 때문입니다."
    ),
    "gil.convoy_untracked": (
        "**스위치 간격은 아무 차이도 만들지 않았습니다.** CPU 바운드 "
        "스레드가 도는 동안에도 {nap} 슬립은 길어야 {worst} 늦게 "
        "끝났고(중앙값), 다른 스레드가 없을 때는 {idle} 늦었습니다. "
        "슬립하던 스레드는 GIL을 기다리지 않았습니다."
    ),
    "gil.convoy_mixed": (
        "**늦어진 정도가 일부 설정에서만 스위치 간격을 따랐습니다.** "
        "스위치 간격의 {low:.2f}배에서 {high:.2f}배 사이였고(중앙값), "
        "다른 스레드가 없을 때는 {idle} 늦었습니다. 어느 설정이 "
        "그랬는지는 표에 나와 있습니다."
    ),
    "gil.convoy_starved": (
        "CPU 바운드 스레드가 받은 몫은 코어 하나의 {share:.0%}까지 "
        "떨어졌습니다. 다른 프로그램들이 머신을 쓰고 있어서, 이 "
        "스레드는 상대가 슬립하는 동안 GIL을 가져갈 만큼 제때 코어를 "
        "얻지 못하기도 했고, 그럴 때 깨어난 스레드는 GIL이 비어 있는 "
        "것을 보았습니다."
    ),
    "gil.label": "Python {python}, {gil}",
    "gil.label_ft": "Python {python} 프리스레딩 빌드, {gil}",
    "gil.chart_title": "CPU 바운드 스레드가 도는 동안 {nap} 슬립은 얼마나 늦게 끝나는가",
    "gil.chart_x": "스위치 간격(ms, 로그 눈금)",
    "gil.chart_y": "늦어진 시간, 중앙값(ms, 로그 눈금)",
    "gil.chart_one_interval": "스위치 간격 하나",
    "gil.chart_idle": "다른 스레드 없음(빌드의 Python)",
    "gil.col_interpreter": "인터프리터",
    "gil.col_idle": "다른 스레드 없음",
    "gil.col_at_interval": "CPU 바운드 스레드, 간격 {interval}",
    "gil.col_one_thread": "스레드 1개(중앙값)",
    "gil.col_speedup_at": "스레드 {threads}개",
    "gil.col_busy_best": "코어 사용량(가장 좋은 실행)",
    "gil.col_verdict": "결과",
    "gil.row_parallel": "병렬",
    "gil.row_serial": "향상 없음",
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
        "읽고, 두 스레드가 같은 숫자를 다시 써 넣습니다."
    ),
    "bytecode.race_none": (
        "**이 빌드에서는 실행 {runs}번 동안 갱신이 하나도 사라지지 "
        "않았습니다.** 모든 합계가 {expected:,}에 정확히 맞았습니다. "
        "읽기와 쓰기는 여전히 별개의 단계였지만, 그 사이에 마침 다른 "
        "스레드가 실행되지 않았을 뿐입니다."
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
    "bytecode.col_per_add": "덧셈 1회당 시간(중앙값)",
    "bytecode.col_range": "최소 &ndash; 최대",
    "bytecode.col_runs": "실행 횟수",
    "bytecode.loop_bare": "`counter += 1`",
    "bytecode.loop_locked": "`with lock: counter += 1`",
    "bytecode.lock_cost": (
        "**락을 잡았다 놓는 데 덧셈 한 번마다 {cost}씩 더 "
        "걸렸습니다**(스레드 하나에서 덧셈 {adds:,}번을 {runs}번 "
        "실행한 중앙값이므로, 락을 기다린 스레드는 없었습니다). 락을 "
        "건 루프는 락 없는 루프보다 {ratio:.1f}&times; 오래 "
        "걸렸습니다."
    ),
    "bytecode.lock_free": (
        "**여기서는 락의 비용이 측정되지 않을 만큼 작았습니다.** "
        "중앙값으로 보면 락을 건 루프가 락 없는 루프보다 느리지 "
        "않았습니다."
    ),
    "bench.label": "{implementation} {version} ({gil})",
    "bench.skipped_python": "`{name}`: 건너뛰었습니다({why}).",
    "bench.skip.not_found": "이 컴퓨터에 없는 인터프리터",
    "bench.skip.does_not_start": "있지만 시작되지 않음",
    "bench.failed_python": "`{name}`: 벤치마크가 실패했습니다({problem}).",
    "bench.no_results": "벤치마크가 결과를 내지 않음",
    "bench.not_run": "실행 안 함",
    "bench.col_workload": "작업",
    "bench.col_strategy": "전략",
    "bench.col_workers": "워커 수",
    "bench.col_limit_cpu": "이상적 속도 향상",
    "bench.col_limit_io": "하한",
    "bench.col_median": "중앙값",
    "bench.col_min": "최소",
    "bench.col_max": "최대",
    "bench.col_runs": "실행 횟수",
    "bench.workload.primes": "소수 세기",
    "bench.workload.http": "HTTP",
    "bench.workload.sleep": "time.sleep",
    "bench.strategy.sequential": "순차 실행",
    "bench.strategy.threads": "스레드",
    "bench.strategy.processes": "프로세스",
    "bench.strategy.interpreters": "서브인터프리터",
    "bench.strategy.asyncio": "asyncio",
    "bench.cell_cpu": "{speedup:.2f}\u00d7 ({share:.0%})",
    "bench.cell_io": "{time} ({share:.0%})",
    "bench.limit_cpu": "{ideal:g}\u00d7",
    "bench.limit_io": "{floor}",
    "bench.table_note_cpu": (
        "각 칸은 속도 향상(순차 실행의 중앙값 시간 / 이 측정의 중앙값 "
        "시간)이고, 괄호 안은 그 값이 이상적 속도 향상 min(워커 수, "
        "사용 가능한 코어 수)의 몇 %인지입니다."
    ),
    "bench.table_note_io": (
        "각 칸은 모든 요청을 한 번 처리하는 데 걸린 시간의 "
        "중앙값이고, 괄호 안은 그 시간 대비 하한의 비율입니다(100 % = "
        "하한에 도달). 하한은 지연 \u00d7 ceil(요청 수 / 워커 수)로, 어떤 "
        "전략도 피할 수 없는 대기 시간입니다."
    ),
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
    "bench.claim_no_data": "이번 실행에는 이 주장에 해당하는 측정값이 없습니다.",
    "bench.status.reproduced": "재현됨:",
    "bench.status.not_reproduced": "재현되지 않음:",
    "bench.status.not_applicable": "해당 없음:",
    "bench.status.no_data": "측정되지 않음:",
    "bench.overall.reproduced": "(이 컴퓨터에서 재현됨)",
    "bench.overall.not_reproduced": "(이 컴퓨터에서 재현되지 않음)",
    "bench.overall.mixed": "(일부 인터프리터에서만 재현됨)",
    "bench.overall.none": "(여기서는 검증할 수 없음)",
    "bench.threads_cpu.claim": "GIL 아래에서 스레드는 순수 Python CPU 작업을 빠르게 하지 못합니다.",
    "bench.threads_cpu.yes": (
        "스레드 2개의 속도는 순차 실행의 "
        "{speedup:.2f}배였습니다(주장이 성립하려면 {bound:g}배 "
        "미만이어야 합니다)."
    ),
    "bench.threads_cpu.no": (
        "스레드 2개의 속도는 순차 실행의 {speedup:.2f}배로, {bound:g}배 미만이 아니었습니다."
    ),
    "bench.threads_cpu.gil_off": (
        "이 인터프리터는 GIL 없이 실행되므로 스레드가 Python 코드를 "
        "병렬로 실행할 수 있어, 이 주장의 대상이 아닙니다. 스레드 "
        "2개의 속도는 {speedup:.2f}배였습니다."
    ),
    "bench.threads_cpu.one_core": (
        "사용 가능한 코어가 하나뿐이라 GIL이 없더라도 두 스레드가 "
        "동시에 실행될 수 없으므로, 이 실행으로는 GIL의 영향을 가려낼 "
        "수 없습니다. 스레드 2개의 속도는 {speedup:.2f}배였습니다."
    ),
    "bench.processes_cpu.claim": "프로세스는 순수 Python CPU 작업을 실제로 빠르게 합니다.",
    "bench.processes_cpu.yes": (
        "프로세스 2개의 속도는 순차 실행의 "
        "{speedup:.2f}배였습니다(주장이 성립하려면 {bound:g}배 "
        "이상이어야 합니다)."
    ),
    "bench.processes_cpu.no": (
        "프로세스 2개의 속도는 순차 실행의 {speedup:.2f}배로, "
        "{bound:g}배에 못 미쳤습니다. 빌드하는 동안 같은 컴퓨터에서 "
        "실행된 다른 프로그램 때문일 수 있습니다."
    ),
    "bench.load": (
        "벤치마크가 시작될 때 잰 이 컴퓨터의 1분 부하 평균(load "
        "average)은 사용 가능한 코어 {cores}개에 대해 "
        "{load:.2f}입니다. 지난 1분 동안 평균적으로 그만큼의 "
        "프로그램이 실행 중이었거나 코어를 기다리고 있었다는 뜻이며, "
        "빌드가 앞서 실행한 프로그램도 여기에 포함됩니다."
    ),
    "bench.processes_cpu.one_core": (
        "사용 가능한 코어가 하나뿐이라 두 프로세스가 그 코어를 번갈아 "
        "쓸 수밖에 없으므로 더 빨라질 수 없습니다. 프로세스 2개의 "
        "속도는 {speedup:.2f}배였습니다."
    ),
    "bench.io_floor.claim": "I/O 바운드 작업에서 스레드와 asyncio는 하한에 가까워집니다.",
    "bench.io_floor.yes": (
        "워커가 {many}개 이상인 실행 {count}개가 모두 하한의 "
        "{bound:g}배 안에 끝났습니다. 하한에서 가장 먼 경우는 "
        "{strategy}(워커 {workers}개)로, 하한 {floor}에 대해 {time} "
        "걸렸습니다({ratio:.2f}배)."
    ),
    "bench.io_floor.no": (
        "{strategy}(워커 {workers}개)는 하한 {floor}에 대해 {time} "
        "걸려({ratio:.2f}배) {bound:g}배를 넘었습니다."
    ),
    "bench.setup_cpu": (
        "CPU 바운드 작업은 {limit:,} 미만의 소수 {primes:,}개를 순수 "
        "Python으로 시험 나눗셈(trial division)을 해 가며 세고, 이를 "
        "같은 크기의 작업 {tasks}개로 나눕니다. 각 측정은 "
        "워밍업(워커마다 작업 하나씩 수행) 뒤에 시간을 재는 실행을 "
        "최소 {runs}회 한 것입니다(짧은 작업은 합계가 "
        "{min_time:g}초가 될 때까지 더 실행합니다). 사용 가능한 "
        "코어는 {cores}개({cpu})이며, 각 실행의 답은 에라토스테네스의 "
        "체로 구한 값과 대조해 맞을 때만 그 시간을 셉니다."
    ),
    "bench.setup_io": (
        "I/O 바운드 작업은 127.0.0.1의 서버에 HTTP 요청 "
        "{requests}개를 보내며, 서버는 응답마다 {delay_ms:g} ms를 "
        "기다립니다. 모든 응답 본문을 확인합니다. 이상화한 경우는 "
        "네트워크 없이 `time.sleep`으로 같은 대기를 수행합니다. 각 "
        "측정은 워밍업(워커마다 작업 하나씩 수행) 뒤에 시간을 재는 "
        "실행을 최소 {runs}회 한 것입니다(짧은 작업은 합계가 "
        "{min_time:g}초가 될 때까지 더 실행합니다). 프로세스는 "
        "`{start_method}` 방식으로 시작합니다."
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
    "choosing.cpu_item": "{strategy} {speedup:.2f}\u00d7 (워커 {workers}개)",
    "choosing.io_sequential": "순차 실행 {time}; ",
    "choosing.io_item": "{strategy} {time} (워커 {workers}개, 하한 대비 {share:.0%})",
    "choosing.io_floor": "; 하한 {floor}",
    "choosing.not_measured": "이 사이트에서는 측정하지 않습니다. 아래의 주의할 점을 참고하세요.",
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
    "choosing.leaf_io": "이번 빌드:\n하한 대비 {share:.0%}\n(워커 {workers}개)",
    "choosing.leaf_cpu": "이번 빌드: {speedup:.2f}\u00d7\n(워커 {workers}개)",
    "choosing.not_measured_short": "측정하지 않음",
    "processes.no_results": "`{snippet}`의 결과가 없습니다. 실행이 실패했습니다(빌드 로그 참고).",
    "processes.unavailable": "알 수 없음",
    "processes.default_mark": " (여기서는 기본값)",
    "processes.times": "{ratio}배",
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
    "processes.cost_runs": "실행 횟수",
    "processes.cost_ratio": "스레드 대비",
    "processes.cost_thread": "스레드",
    "processes.cost_process": "프로세스, `{method}`",
    "processes.cost_slower": (
        "**이 환경의 기본 시작 방식(`{method}`)으로 프로세스를 "
        "시작하고 join하는 데 중앙값 {process}가 걸렸습니다. "
        "스레드({thread})의 {ratio}입니다.**"
    ),
    "processes.cost_faster": (
        "**이 환경의 기본 시작 방식(`{method}`)으로 프로세스를 "
        "시작하고 join하는 데 중앙값 {process}가 걸려, 스레드의 "
        "{thread}보다 짧았습니다({ratio}).**"
    ),
    "processes.cost_range": (
        "측정한 방식 가운데 `{fast}` 방식이 가장 빨랐고({fast_time}), "
        "`{slow}` 방식이 가장 느렸습니다({slow_time}, `{fast}` 방식의 "
        "{ratio})."
    ),
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
    "threads.no_results": "`{snippet}`의 결과가 없습니다. 실행이 실패했습니다(빌드 로그 참고).",
    "threads.default_mark": " (기본값)",
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
    "threads.cost_median": "중앙값",
    "threads.cost_min": "최소",
    "threads.cost_max": "최대",
    "threads.cost_runs": "실행 횟수",
    "threads.cost_ratio": "스레드 대비",
    "threads.cost_one": "스레드, 하나씩",
    "threads.cost_batch": "스레드, {n}개씩 한꺼번에 (스레드당)",
    "threads.cost_process": "프로세스, `{method}`",
    "threads.cost_no_processes": (
        "프로세스 페이지의 실행에서 수치를 얻지 못해, 비교할 프로세스 수치가 없습니다."
    ),
    "threads.cost_claim_slower": (
        "**이 플랫폼의 기본 시작 방식(`{method}`)으로 시작한 "
        "프로세스는 {process}가 걸렸습니다. 스레드({thread})의 "
        "{ratio}입니다.**"
    ),
    "threads.cost_claim_faster": (
        "**이 플랫폼의 기본 시작 방식(`{method}`)으로 시작한 "
        "프로세스는 {process}가 걸려, 스레드의 {thread}보다 "
        "짧았습니다({ratio}).**"
    ),
    "threads.cost_other_run": (
        "프로세스 행은 같은 빌드에서 실행한 프로세스 페이지의 "
        "측정값입니다. 그 실행이 자기 프로세스에서, 다른 시점에 잰 "
        "스레드 수치는 {thread}입니다."
    ),
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
    "ipc.no_results": "결과를 보고하지 않음",
    "ipc.label_threads": "{name} (스레드)",
    "ipc.intact_value": "{sent}개 중 {intact}개",
    "ipc.col_mechanism": "메커니즘",
    "ipc.col_between": "주고받는 쪽",
    "ipc.col_round_trip": "{size} 왕복 시간(중앙값)",
    "ipc.col_spread": "최소 &ndash; 최대",
    "ipc.col_runs": "실행 횟수",
    "ipc.col_intact": "무결성 검증 통과",
    "ipc.between_processes": "프로세스",
    "ipc.between_threads": "스레드",
    "ipc.latency_range": (
        "프로세스 사이에서 가장 빠른 왕복은 `{fast}`(중앙값 "
        "{fast_time})였고, 가장 느린 왕복은 `{slow}`({slow_time})로 "
        "가장 빠른 왕복의 {ratio}배가 걸렸습니다."
    ),
    "ipc.latency_threads_faster": (
        "두 스레드 사이에서는 `{thread}`가 {thread_time} 걸렸습니다. "
        "메시지가 프로세스 밖으로 나가지 않으므로 프로세스 사이의 "
        "어떤 방법보다도 빠릅니다."
    ),
    "ipc.latency_threads_not": (
        "두 스레드 사이에서는 `{thread}`가 {thread_time} 걸려, "
        "프로세스 사이의 `{fast}`({fast_time})보다 빠르지 않았습니다. "
        "참조를 넘기는 데는 비용이 들지 않지만, 기다리는 스레드를 "
        "깨우는 데는 비용이 듭니다. `queue.Queue`는 Python으로 작성된 "
        "락과 조건 변수로 만들어져 있고, GIL(Global Interpreter "
        "Lock)이 있는 환경에서는 깨어난 스레드가 GIL도 획득해야 "
        "합니다."
    ),
    "ipc.cell_rate": "{rate}<br><small>{low} &ndash; {high}</small>",
    "ipc.table_note": (
        "각 칸은 처리량의 중앙값이고, 그 아래는 가장 느린 실행과 가장 "
        "빠른 실행의 값입니다. 크기별({sizes}) 시간을 잰 전송 횟수는 "
        "{runs}이며, 각 시리즈는 시간을 재지 않는 워밍업 전송 "
        "{warmup}회 뒤에 시작했습니다. 이 표의 전송 {sent}회는 "
        "워밍업을 포함해 모두, 수신 측이 받은 데이터의 SHA-256을 보낸 "
        "데이터의 SHA-256과 비교해 검증했습니다. 온전히 도착한 전송은 "
        "{intact}회입니다."
    ),
    "ipc.chart_title": "페이로드 크기별 처리량",
    "ipc.chart_x": "페이로드 크기(로그 눈금)",
    "ipc.chart_y": "처리량, GB/s(로그 눈금)",
    "ipc.chart_pickle": "pickle.dumps + loads만",
    "ipc.chart_desc": (
        "페이로드 크기 {low}부터 {high}까지의 처리량 "
        "중앙값(GB/s)입니다. 두 축 모두 로그 눈금이고, 메커니즘마다 "
        "선이 하나씩 있으며 피클링만 따로 잰 값은 점선입니다. 가장 큰 "
        "크기에서 가장 빠른 것은 {fast}, 가장 느린 것은 "
        "{slow}였습니다. 값: {lines}. 아래 표에 같은 수치가 편차와 "
        "함께 있습니다."
    ),
    "ipc.col_size": "페이로드",
    "ipc.col_pickle": "pickle.dumps + loads만(중앙값, 최소 &ndash; 최대, 실행 횟수)",
    "ipc.col_transfer": "`{mechanism}` 전송(중앙값)",
    "ipc.col_share": "그중 피클링 비율",
    "ipc.pickle_most": (
        "{size}에서 피클링과 언피클링만 {alone} 걸렸습니다. "
        "`{mechanism}` 전송에 걸린 {whole}의 {share}로, 이 전달에 "
        "드는 일의 대부분은 파이프가 아니라 pickle이 합니다."
    ),
    "ipc.pickle_half": (
        "{size}에서 피클링과 언피클링만 {alone} 걸렸습니다. "
        "`{mechanism}` 전송에 걸린 {whole}의 {share}로, 이 전달에 "
        "드는 일의 약 절반은 pickle이 하고 나머지는 전송 경로(피더 "
        "스레드, 파이프, 깨우기)가 차지합니다."
    ),
    "ipc.pickle_least": (
        "{size}에서 피클링과 언피클링만 {alone} 걸렸습니다. "
        "`{mechanism}` 전송에 걸린 {whole}의 {share}로, 시간 대부분은 "
        "pickle이 아니라 전송 경로(피더 스레드, 파이프, 깨우기)에 "
        "쓰입니다."
    ),
    "ipc.choose_shared": (
        "**큰 페이로드:** {size}에서 프로세스 사이의 가장 빠른 방법은 "
        "`{best}`({best_rate})였고, `{queue}`의 {queue_rate}보다 "
        "{ratio}배 빨랐습니다. 공유 메모리는 복사를 피합니다. 송신 "
        "측은 바이트를 수신 측이 그 자리에서 읽는 메모리에 한 번만 "
        "쓰지만, 큐는 바이트를 피클링해 파이프로 조각조각 밀어 넣고 "
        "받는 쪽에서 새 객체로 언피클링합니다."
    ),
    "ipc.choose_not_shared": (
        "**큰 페이로드:** 이번 빌드에서 {size}일 때 프로세스 사이의 "
        "가장 빠른 방법은 `{best}`({best_rate})였고, 공유 메모리는 "
        "{shared_rate}에 이르렀습니다. 공유 메모리는 복사를 줄이지만 "
        "이번 빌드에서는 그 덕분에 가장 빨라지지는 않았습니다. "
        "실행마다 얼마나 달랐는지는 표의 편차에서 볼 수 있습니다."
    ),
    "ipc.choose_small": (
        "**작은 메시지:** {size}에서 프로세스 사이의 방법들은 "
        "{low}에서 {high} 사이의 처리량을 냈고, 그중 가장 좋은 방법은 "
        "{large}에서 {large_rate}에 이르렀습니다. 페이로드가 작으면 "
        "시간은 바이트가 아니라 상대편을 깨우는 데 쓰입니다. 작은 "
        "메시지를 많이 보내면 같은 바이트를 큰 메시지 몇 개로 보낼 "
        "때보다 훨씬 비쌉니다."
    ),
    "ipc.choose_small_flat": (
        "**작은 메시지:** {size}에서 프로세스 사이의 방법들은 "
        "{low}에서 {high} 사이의 처리량을 냈고, 그중 가장 좋은 방법은 "
        "{large}에서 {large_rate}에 이르렀습니다. 이번 빌드에서는 "
        "작은 메시지가 큰 메시지보다 바이트당 비용이 크게 높지 "
        "않았습니다."
    ),
    "ipc.choose_manager_slower": (
        "**매니저:** {size} 전송에 `{manager}`는 {manager_time} "
        "걸렸습니다. 일반 `{queue}`가 걸린 {queue_time}의 "
        "{ratio}배입니다. 프록시에 대한 호출은 하나하나가 매니저 "
        "프로세스로 가는 요청이라서, 페이로드가 송신 측에서 매니저로, "
        "매니저에서 수신 측으로 두 번 이동합니다. 매니저는 대량의 "
        "데이터가 아니라, 작거나 드물게 바뀌는 공유 상태에 "
        "어울립니다."
    ),
    "ipc.choose_manager_not": (
        "**매니저:** {size} 전송에 `{manager}`는 {manager_time}, 일반 "
        "`{queue}`는 {queue_time} 걸렸습니다. 이번 빌드에서는 매니저 "
        "프로세스를 거쳐 가는 우회가 전송을 느리게 하지 않았습니다."
    ),
    "ipc.choose_threads_faster": (
        "**스레드:** `{thread}`는 {size}를 다른 스레드에 "
        "{thread_time} 만에 넘겼고, 프로세스 사이의 `{best}`는 "
        "{best_time} 걸렸습니다. 스레드 사이에서는 참조만 옮겨 가기 "
        "때문입니다. 대가도 있습니다. 이제 두 스레드가 같은 객체를 "
        "바꿀 수 있으므로, 공유되는 변경 가능한 데이터에는 락이 "
        "필요합니다."
    ),
    "ipc.choose_threads_not": (
        "**스레드:** `{thread}`는 {size}를 다른 스레드에 "
        "{thread_time} 만에 넘겼습니다. 참조만 옮겨 가는데도 프로세스 "
        "사이의 `{best}`({best_time})보다 빠르지 않았습니다. 실행마다 "
        "얼마나 달랐는지는 표의 편차에서 볼 수 있습니다."
    ),
    "ipc.budget": (
        "이 페이지의 프로그램 {count}개는 이번 빌드에서 모두 합해 "
        "{elapsed:.1f}초 동안 실행되었습니다."
    ),
    "cluster.no_results": "결과를 넘겨주지 않았습니다",
    "cluster.span": "{value}({confidence} 구간 {low}\u2013{high})",
    "cluster.col_way": "방식",
    "cluster.col_time": "실행 한 번의 시간: 라운드의 중앙값",
    "cluster.col_range": "최소 &ndash; 최대",
    "cluster.col_speedup": "순차 실행 대비 속도, 라운드별",
    "cluster.cell_baseline": "기준",
    "cluster.workload_note": (
        "속도 향상은 라운드별 비율(한 라운드의 순차 실행 시간을 같은 라운드에서 이 방식이 "
        "걸린 시간으로 나눈 값)의 중앙값이며, 구간을 함께 적었습니다. *한계에 도달*: 구간이 "
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
        "라운드별로 보면 클러스터가 **{ratio}만큼 오래** 걸렸습니다(라운드 {rounds}번). "
        "종료하는 데는 {stop} 걸렸습니다(프로세스 풀은 {pool_stop})."
    ),
    "cluster.start_faster": (
        "워커 {workers}개짜리 로컬 클러스터는 **{ready}** 만에, 같은 수의 워커를 둔 "
        "`ProcessPoolExecutor`(시작 방식 `{method}`)는 {pool_ready} 만에 준비되었습니다. "
        "라운드별로 보면 클러스터는 풀의 {ratio}만 걸려 **풀보다 빨랐습니다**(라운드 "
        "{rounds}번). 종료하는 데는 {stop} 걸렸습니다(프로세스 풀은 {pool_stop})."
    ),
    "cluster.start_same": (
        "워커 {workers}개짜리 로컬 클러스터는 **{ready}** 만에, 같은 수의 워커를 둔 "
        "`ProcessPoolExecutor`(시작 방식 `{method}`)는 {pool_ready} 만에 준비되었습니다. "
        "라운드별로 보면 클러스터는 풀의 {ratio}가 걸렸고, 이 구간은 1을 포함하므로 **이번 "
        "실행으로는 둘을 구별할 수 없습니다**(라운드 {rounds}번). 종료하는 데는 {stop} "
        "걸렸습니다(프로세스 풀은 {pool_stop})."
    ),
    "cluster.col_per_task": "태스크당: 라운드의 중앙값 (라운드마다 태스크 {count}개)",
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
    "cluster.chart_point": "{size}: 프로세스 풀 {pool}, Dask {dask}",
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
        "효율: 이상적 시간을 한 라운드의 시간으로 나눈 값입니다. 칸마다 라운드의 중앙값과 그 "
        "구간을 적었습니다. Dask의 효율을 프로세스 풀의 효율로 나눈 값은, 라운드마다 같은 "
        "크기에서 풀의 시간을 Dask의 시간으로 나눈 값입니다(이상적 시간은 약분됩니다). "
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
    "cluster.budget": (
        "이 페이지의 프로그램 {count}개는 이번 빌드에서 모두 합쳐 "
        "{elapsed:.1f}초 동안 실행되었습니다."
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
