"""The bytecode page's words (docs/bytecode.md, pages/bytecode.py).

``EN`` holds the English; ``KO`` the Korean of the same keys, each with the hash of the English
it translates (``python -m concurrency_live.words --hashes KEY``): see words/__init__.py.
"""

EN: dict[str, str] = {
    "bytecode.switch_points": (
        "In this build `{function}` became {count} instructions, among them {calls} calls "
        "({call_names}) and {jumps} backward jump ({jump_names}) that closes the `for` loop. "
        "Calls and backward jumps are where a thread running Python code checks whether "
        "another thread has asked for the GIL."
    ),
    "bytecode.inc_steps": (
        "In this build `counter += 1` is {count} instructions: {load} reads the current "
        "value, {between} pushes the 1, {add} computes a new int, and {store} writes it back. "
        "They are separate steps: if another thread runs between the read and the write, it "
        "reads the same old value, and one of the two additions is lost."
    ),
    "bytecode.inc_unknown": (
        "The listing above shows how this interpreter splits `counter += 1` into separate "
        "instructions: a read of `counter`, the addition, and a write back."
    ),
    "bytecode.pyc_nowrite": (
        "In this build `sys.dont_write_bytecode` was true (the environment set "
        "`PYTHONDONTWRITEBYTECODE`), so imports wrote no `.pyc` files; without it, the first "
        "import of the module would have written `{path}`. `py_compile` writes one anyway, "
        "when asked."
    ),
    "bytecode.pyc_write": (
        "In this build `sys.dont_write_bytecode` was false, so the first import of the module "
        "writes `{path}`, and later imports load it instead of compiling the source again."
    ),
    "bytecode.magic_same": (
        "The first four bytes, `{magic}`, are this interpreter's magic number. Each Python "
        "version writes its own file (the version tag in the name) with its own magic number, "
        "and an import uses a `.pyc` only if the magic number matches."
    ),
    "bytecode.magic_differs": (
        "The first four bytes, `{magic}`, differ from this interpreter's magic number, so an "
        "import would not use this file."
    ),
    "bytecode.race_lost": (
        "**Updates were lost in {lost_runs} of {runs} runs.** Each run should have counted to "
        "{expected:,}; the totals were {low:,} to {high:,}, so up to {worst:,} additions "
        "({share:.0f} %) vanished. At `time.sleep(0)` a thread lets go of the GIL between its "
        "read and its write; the next thread reads the same old value, and both write back "
        "the same number. The GIL did not prevent this: it keeps each *instruction* whole, "
        "not each line, and not a read-then-write that spans several instructions."
    ),
    "bytecode.race_none": (
        "**No update was lost in {runs} runs** in this build: every total was {expected:,}. "
        "The read and the write were still separate steps, and the GIL keeps only each "
        "*instruction* whole, not a read-then-write; in these runs no other thread happened "
        "to run between them."
    ),
    "bytecode.locked_exact": (
        "**All {runs} runs counted exactly {expected:,}.** While one thread holds the lock, "
        "the others wait at `with lock:`, so none can read the counter between another "
        "thread's read and write."
    ),
    "bytecode.locked_wrong": (
        "**{wrong} of {runs} runs did not count {expected:,}** even with the lock: the example "
        "is broken."
    ),
    "bytecode.evidence_race": (
        "{python}, {threads} threads \u00d7 {adds:,} additions with `time.sleep(0)` between "
        "the read and the write"
    ),
    "bytecode.evidence_locked": (
        "{python}, {threads} threads \u00d7 {adds:,} additions, the read and the write under "
        "one lock"
    ),
    "bytecode.evidence_lock_cost": (
        "{python}, loops of {adds:,} additions on one thread, under `with lock:` and bare"
    ),
    "bytecode.bare_lost_gil": (
        "**{lost_runs} of {runs} runs lost updates** (up to {worst:,} of {expected:,}) in this "
        "build, with the GIL on: this interpreter handed over the GIL between the load and the "
        "store."
    ),
    "bytecode.bare_lost_ft": (
        "**{lost_runs} of {runs} runs lost updates** (up to {worst:,} of {expected:,}, "
        "{share:.0f} %): with the GIL off, threads on different cores ran `counter += 1` at "
        "the same time, and nothing stopped one store from overwriting another."
    ),
    "bytecode.bare_none_gil": (
        "**No update was lost in {runs} runs of {expected:,} additions** in this build. With "
        "the GIL on, this interpreter hands the GIL over only at calls and backward jumps, "
        "and this loop has neither between the load and the store. That is a detail of how "
        "the bytecode is laid out, not a promise: put a call between the read and the write "
        "(as `time.sleep(0)` does above), or run on a free-threaded build, and updates are "
        "lost."
    ),
    "bytecode.bare_none_ft": (
        "**No update was lost in {runs} runs**, even with the GIL off. The load and the store "
        "are still separate instructions; in these runs the threads did not collide between "
        "them."
    ),
    "bytecode.col_loop": "Loop body",
    "bytecode.col_per_add": "Time per addition (median over the rounds)",
    "bytecode.col_range": "min &ndash; max",
    "bytecode.loop_bare": "`counter += 1`",
    "bytecode.loop_locked": "`with lock: counter += 1`",
    "bytecode.lock_setup": (
        "Each loop does {adds:,} additions on one thread, so no thread ever waits for the "
        "lock. Each *round* runs both loops once, in an order that alternates from round to "
        "round, and the ratio and the difference per addition are taken within the round. "
        "Rounds go on (at least {min_rounds}) until both intervals are within "
        "\u00b1{precision:.0%} of their medians, or {budget:g} s have passed."
    ),
    "bytecode.lock_cost": (
        "**Taking and releasing the lock cost {cost} per addition** ({cost_interval}): the "
        "locked loop took {ratio} as long as the bare one ({interval})."
    ),
    "bytecode.lock_cheap": (
        "**The lock cost {cost} per addition** ({cost_interval}): the locked loop took "
        "{ratio} as long as the bare one ({interval}), less than the claim below asks for."
    ),
    "bytecode.lock_unclear": (
        "**The lock cost {cost} per addition** ({cost_interval}): the locked loop took "
        "{ratio} as long as the bare one ({interval}), an interval that reaches across the "
        "threshold of the claim below."
    ),
    "bytecode.lock_free": (
        "**The locked loop was not slower than the bare one here:** it took {ratio} as long "
        "({interval}), a difference of {cost} per addition ({cost_interval})."
    ),
}

KO: dict[str, tuple[str, str]] = {
    "bytecode.switch_points": (
        "이 빌드에서 `{function}` 함수는 명령어 {count}개가 "
        "되었습니다. 그중 호출이 {calls}개({call_names}), `for` "
        "루프를 닫는 역방향 점프가 {jumps}개({jump_names})입니다. "
        "호출과 역방향 점프는 Python 코드를 실행하는 스레드가 다른 "
        "스레드의 GIL 요청이 있었는지 확인하는 지점입니다.",
        "076b0f",
    ),
    "bytecode.inc_steps": (
        "이 빌드에서 `counter += 1`은 명령어 {count}개로 "
        "이루어집니다. 현재 값을 읽는 {load}, 1을 스택에 올리는 "
        "{between}, 새 int를 계산하는 {add}, 그 값을 다시 써 넣는 "
        "{store}입니다. 이들은 서로 별개의 단계입니다. 읽기와 쓰기 "
        "사이에 다른 스레드가 실행되면 그 스레드도 같은 옛 값을 읽게 "
        "되고, 두 덧셈 중 하나는 사라집니다.",
        "d0151b",
    ),
    "bytecode.inc_unknown": (
        "위 목록은 이 인터프리터가 `counter += 1`을 별개의 명령어들로 "
        "어떻게 나누는지 보여 줍니다. `counter` 읽기, 덧셈, 그리고 "
        "다시 쓰기입니다.",
        "1f410a",
    ),
    "bytecode.pyc_nowrite": (
        "이 빌드에서는 `sys.dont_write_bytecode`가 참이었으므로(환경 "
        "변수 `PYTHONDONTWRITEBYTECODE`가 설정되어 있었음) import가 "
        "`.pyc` 파일을 쓰지 않았습니다. 그렇지 않았다면 모듈을 처음 "
        "import할 때 `{path}` 파일을 썼을 것입니다. `py_compile`은 "
        "요청하면 어쨌든 파일을 씁니다.",
        "5242d5",
    ),
    "bytecode.pyc_write": (
        "이 빌드에서는 `sys.dont_write_bytecode`가 거짓이었으므로, "
        "모듈을 처음 import할 때 `{path}` 파일을 쓰고, 이후의 "
        "import는 소스를 다시 컴파일하는 대신 이 파일을 읽어 "
        "들입니다.",
        "8ae779",
    ),
    "bytecode.magic_same": (
        "처음 4바이트(`{magic}`)는 이 인터프리터의 매직 넘버입니다. "
        "Python 버전마다 이름에 버전 태그가 붙은 자기 파일을 따로 "
        "쓰고 그 안에 자기 매직 넘버를 담으며, import는 매직 넘버가 "
        "맞을 때만 `.pyc`를 사용합니다.",
        "400c4c",
    ),
    "bytecode.magic_differs": (
        "처음 4바이트(`{magic}`)가 이 인터프리터의 매직 넘버와 "
        "다르므로, import는 이 파일을 사용하지 않을 것입니다.",
        "e68159",
    ),
    "bytecode.race_lost": (
        "**실행 {runs}번 중 {lost_runs}번에서 갱신이 사라졌습니다.** "
        "각 실행은 {expected:,}까지 세어야 했지만 합계는 {low:,}에서 "
        "{high:,} 사이였으므로, 덧셈이 최대 {worst:,}번({share:.0f} "
        "%) 사라졌습니다. `time.sleep(0)`에서 스레드는 읽기와 쓰기 "
        "사이에 GIL을 내려놓습니다. 그러면 다음 스레드가 같은 옛 값을 "
        "읽고, 두 스레드가 같은 숫자를 다시 써 넣습니다. GIL은 이를 "
        "막지 못했습니다. GIL이 지켜 주는 것은 *명령어* 하나하나이지, "
        "한 줄 전체도, 여러 명령어에 걸친 읽기-후-쓰기도 아닙니다.",
        "8d2e0c",
    ),
    "bytecode.race_none": (
        "**이 빌드에서는 실행 {runs}번 동안 갱신이 하나도 사라지지 "
        "않았습니다.** 모든 합계가 {expected:,}에 정확히 맞았습니다. "
        "읽기와 쓰기는 여전히 별개의 단계였고, GIL이 지켜 주는 것은 "
        "*명령어* 하나하나일 뿐 읽기-후-쓰기가 아닙니다. 이번 실행들에서는 "
        "그 사이에 마침 다른 스레드가 실행되지 않았을 뿐입니다.",
        "b56bee",
    ),
    "bytecode.locked_exact": (
        "**실행 {runs}번 모두 정확히 {expected:,}까지 셌습니다.** 한 "
        "스레드가 락을 쥐고 있는 동안 나머지 스레드는 `with "
        "lock:`에서 기다리므로, 어느 스레드도 다른 스레드의 읽기와 "
        "쓰기 사이에 카운터를 읽을 수 없습니다.",
        "fc3331",
    ),
    "bytecode.locked_wrong": (
        "**락을 썼는데도 실행 {runs}번 중 {wrong}번이 "
        "{expected:,}까지 세지 못했습니다.** 예제가 잘못되었습니다.",
        "ee3f40",
    ),
    "bytecode.evidence_race": (
        "{python}, 스레드 {threads}개 \u00d7 덧셈 {adds:,}번, 읽기와 쓰기 사이에 `time.sleep(0)`",
        "d1a23d",
    ),
    "bytecode.evidence_locked": (
        "{python}, 스레드 {threads}개 \u00d7 덧셈 {adds:,}번, 읽기와 쓰기를 락 하나로 보호",
        "60fddd",
    ),
    "bytecode.evidence_lock_cost": (
        "{python}, 스레드 하나에서 덧셈 {adds:,}번짜리 루프, `with lock:` 안과 락 없이",
        "3fab2b",
    ),
    "bytecode.bare_lost_gil": (
        "**실행 {runs}번 중 {lost_runs}번에서 갱신이 "
        "사라졌습니다**(덧셈 {expected:,}번 중 최대 {worst:,}번). 이 "
        "빌드는 GIL이 켜진 상태였으므로, 이 인터프리터가 로드와 "
        "스토어 사이에서 GIL을 넘겨준 것입니다.",
        "6c9647",
    ),
    "bytecode.bare_lost_ft": (
        "**실행 {runs}번 중 {lost_runs}번에서 갱신이 "
        "사라졌습니다**(덧셈 {expected:,}번 중 최대 {worst:,}번, "
        "{share:.0f} %). GIL이 꺼진 상태에서는 서로 다른 코어의 "
        "스레드들이 `counter += 1`을 동시에 실행했고, 한 스토어가 "
        "다른 스토어를 덮어쓰는 것을 막을 장치가 없었습니다.",
        "11a656",
    ),
    "bytecode.bare_none_gil": (
        "**이 빌드에서는 덧셈 {expected:,}번짜리 실행 {runs}번 동안 "
        "갱신이 하나도 사라지지 않았습니다.** GIL이 켜져 있으면 이 "
        "인터프리터는 호출과 역방향 점프에서만 GIL을 넘기는데, 이 "
        "루프의 로드와 스토어 사이에는 둘 다 없습니다. 이것은 바이트 "
        "코드가 어떻게 배치되었는지에 따른 세부 사항일 뿐 보장이 "
        "아닙니다. 읽기와 쓰기 사이에 호출을 넣거나(위에서 "
        "`time.sleep(0)`이 그랬듯이) 프리스레딩 빌드에서 실행하면 "
        "갱신이 사라집니다.",
        "555755",
    ),
    "bytecode.bare_none_ft": (
        "**GIL이 꺼진 상태에서도 실행 {runs}번 동안 갱신이 하나도 "
        "사라지지 않았습니다.** 로드와 스토어는 여전히 별개의 "
        "명령어지만, 이번 실행들에서는 그 사이에 스레드들이 부딪치지 "
        "않았습니다.",
        "c8e896",
    ),
    "bytecode.col_loop": ("루프 본문", "60d36a"),
    "bytecode.col_per_add": ("덧셈 1회당 시간(라운드 전체의 중앙값)", "593eca"),
    "bytecode.col_range": ("최소 &ndash; 최대", "084f08"),
    "bytecode.loop_bare": ("`counter += 1`", "71a79f"),
    "bytecode.loop_locked": ("`with lock: counter += 1`", "dc78b5"),
    "bytecode.lock_setup": (
        "각 루프는 스레드 하나에서 덧셈을 {adds:,}번 하므로, 락을 기다리는 스레드는 "
        "없습니다. *라운드*마다 두 루프를 한 번씩 실행하되 순서를 라운드마다 번갈아 바꾸며, "
        "비율과 덧셈 한 번당 차이는 그 라운드 안에서 구합니다. 라운드는 (최소 {min_rounds}번) "
        "두 구간이 모두 중앙값의 \u00b1{precision:.0%} 안에 들어오거나 {budget:g}초가 지날 "
        "때까지 이어집니다.",
        "6d18ad",
    ),
    "bytecode.lock_cost": (
        "**락을 잡았다 놓는 데 덧셈 한 번마다 {cost}가 들었습니다**({cost_interval}). "
        "락을 건 루프는 락 없는 루프의 {ratio}만큼 걸렸습니다({interval}).",
        "77ff3b",
    ),
    "bytecode.lock_cheap": (
        "**락의 비용은 덧셈 한 번마다 {cost}였습니다**({cost_interval}). 락을 건 루프는 "
        "락 없는 루프의 {ratio}만큼 걸렸으며({interval}), 이는 아래 주장이 요구하는 것보다 "
        "적습니다.",
        "a3d2a3",
    ),
    "bytecode.lock_unclear": (
        "**락의 비용은 덧셈 한 번마다 {cost}였습니다**({cost_interval}). 락을 건 루프는 "
        "락 없는 루프의 {ratio}만큼 걸렸는데({interval}), 이 구간은 아래 주장의 기준에 "
        "걸쳐 있습니다.",
        "77d268",
    ),
    "bytecode.lock_free": (
        "**여기서는 락을 건 루프가 락 없는 루프보다 느리지 않았습니다.** 걸린 시간은 "
        "{ratio}({interval}), 덧셈 한 번당 차이는 {cost}({cost_interval})였습니다.",
        "ca8a9e",
    ),
}
