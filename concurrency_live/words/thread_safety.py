"""The words of docs/thread-safety.md (pages/thread_safety.py).

``EN`` holds the English; ``KO`` the Korean of the same keys, each with the hash of the English
it translates (``python -m concurrency_live.words --hashes KEY``): see words/__init__.py.
"""

EN: dict[str, str] = {
    "thread_safety.op_list_append": "`list.append`",
    "thread_safety.op_dict_assign": "`dict[key] = value`",
    "thread_safety.op_deque": "`deque.append`, `deque.popleft`",
    "thread_safety.op_increment": "`shared.value += 1`",
    "thread_safety.op_check_then_act": "check-then-act on a dict",
    "thread_safety.op_list_iteration": "iterating a list while it grows",
    "thread_safety.op_dict_iteration": "iterating a dict while it grows",
    "thread_safety.at_default": "{python} at the default switch interval ({interval})",
    "thread_safety.at_short": "{python} at a switch interval of {interval}",
    "thread_safety.head_default": "{python}<br><small>default switch interval, {interval}</small>",
    "thread_safety.head_short": "{python}<br><small>switch interval {interval}</small>",
    "thread_safety.col_operation": "Operation",
    "thread_safety.cell_none": "0",
    "thread_safety.cell_lost": "**{total:,}** in {bad} of {trials} trials",
    "thread_safety.cell_iterated": (
        "raised: {raised} of {trials}<br><small>saw items added: {changed}</small>"
    ),
    "thread_safety.ops_note": (
        "Each cell counts what went wrong over {trials} trials. In a trial {threads} threads, "
        "started together, share one new object: each does {updates:,} updates to the list, "
        "dict or deque ({out_of:,} in all) or {increments:,} additions to the counter "
        "({increments_all:,} in all), and a cell gives the items or additions missing at the "
        "end (for the deque, the items no thread took out). For check-then-act the threads "
        "all try to fill the same {keys:,} keys, and a cell counts the times a key's work "
        "was done more than once. For iteration one thread reads a container of {items:,} "
        "items while another adds {items:,} more: a cell counts the trials in which the "
        "reader raised `RuntimeError`, and those in which it finished but saw items added "
        "during the loop."
    ),
    "thread_safety.atomic_none": (
        "**`list.append`, `dict` item assignment and the deque's `append` and `popleft` lost "
        "no item and doubled none, in every trial under every setting above.** Each is a "
        "single call into C that the interpreter finishes before another thread touches the "
        "same object."
    ),
    "thread_safety.atomic_lost": (
        "**An item went missing or was doubled by `list.append`, `dict` item assignment or "
        "the deque's `append` and `popleft` under {where}.** That contradicts what the "
        "documentation promises for these operations: the run is worth reporting."
    ),
    "thread_safety.counter_none": (
        "**`shared.value += 1` lost no update here.** It is still a read, an addition and a "
        "write: under the GIL the interpreter happens to hand over only at calls and backward "
        "jumps, none of which lies between them, and these runs had no interpreter without "
        "the GIL."
    ),
    "thread_safety.counter_no_gil": (
        "**`shared.value += 1` lost updates with the GIL off ({where}): up to {worst:,} of "
        "{out_of:,} in one trial.** Threads there really run at the same moment, two of them "
        "read the same old value, and both write back the same number. Under the GIL "
        "({kept}) none was lost, even at the short interval: the interpreter hands the GIL "
        "over only at calls and backward jumps, and none lies between this loop's read and "
        "write ([the bytecode page](bytecode.md#a-bare-counter-1) shows why). That is an "
        "accident of the implementation, not a promise."
    ),
    "thread_safety.counter_gil": (
        "**`shared.value += 1` lost updates even under the GIL ({where}): up to {worst:,} of "
        "{out_of:,} in one trial.** A thread switched between the read and the write."
    ),
    "thread_safety.counter_everywhere": (
        "**`shared.value += 1` lost updates under every setting ({where}): up to {worst:,} of "
        "{out_of:,} in one trial.**"
    ),
    "thread_safety.check_never": (
        "**Check-then-act did no key's work twice in these trials.** Between the check and "
        "the write there is a call, where another thread may run; in these trials none did "
        "at the wrong moment."
    ),
    "thread_safety.check_some": (
        "**Check-then-act did some keys' work twice under {where}**, and not in these trials "
        "under {kept}. Each step is whole, but the pair is not: between the check and the "
        "write there is a call, where a switch (or, without the GIL, another core) lets a "
        "second thread pass the same check. The longer the switch interval, the rarer the "
        "accident, never the impossibility."
    ),
    "thread_safety.check_everywhere": (
        "**Check-then-act did some keys' work twice under every setting ({where}).** Each "
        "step is whole, but the pair is not: between the check and the write there is a "
        "call, where another thread may pass the same check."
    ),
    "thread_safety.dict_raised": (
        "**Iterating a dict while another thread added keys raised `RuntimeError: dictionary "
        "changed size during iteration` under {where}.** A dict checks its size at every "
        "step of an iteration and refuses to go on once it has changed."
    ),
    "thread_safety.dict_never": (
        "**Iterating a dict while another thread added keys never raised in these trials**: "
        "the reader finished before the writer ran, every time. A dict does check its size "
        "at every step of an iteration and raises `RuntimeError` once it has changed."
    ),
    "thread_safety.list_grew": (
        "**Iterating a list never raised**, but under {where} the loop saw items appended "
        "while it ran: a list's iterator simply goes on to the current end. It does not "
        "fail, and it does not give a snapshot either."
    ),
    "thread_safety.list_quiet": (
        "**Iterating a list never raised, and no loop saw items appended while it ran** in "
        "these trials. A list's iterator does not check for changes: it goes on to whatever "
        "the current end is."
    ),
    "thread_safety.list_raised": (
        "**Iterating a list raised `RuntimeError` under {where}**, which a list's iterator "
        "is not known to do: the run is worth a look."
    ),
    "thread_safety.way_unsafe": "unsafe: `shared.value += 1`",
    "thread_safety.way_locked": "a `Lock` around each update",
    "thread_safety.way_queued": "a `queue.Queue` to one owner thread",
    "thread_safety.way_merged": "per-thread counts, merged at the end",
    "thread_safety.col_interpreter": "Interpreter",
    "thread_safety.col_way": "Way",
    "thread_safety.col_time": "Time of a run (median)",
    "thread_safety.col_over_unsafe": "\u00f7 unsafe (95 % interval)",
    "thread_safety.col_wrong": "Wrong totals",
    "thread_safety.cell_wrong": "{wrong} of {rounds} rounds",
    "thread_safety.fixes_note": (
        "A run starts {threads} threads that each add 1 to a count {updates:,} times (the "
        "queued way starts one more, the owner). Every round runs each way once, in a "
        "rotating order; a ratio is per round, the median over the rounds with its interval. "
        "A wrong total is one that is not the number of additions made."
    ),
    "thread_safety.cheapest": (
        "**Under {python} the cheapest fix was {fix}: {ratio} the unsafe version's time** "
        "({interval}); next came {second}, {second_ratio} ({second_interval})."
    ),
    "thread_safety.cheapest_tied": (
        "**Under {python} {fix} ({ratio}, {interval}) and {second} ({second_ratio}, "
        "{second_interval}) could not be told apart** as the cheapest fix: their intervals "
        "overlap."
    ),
    "thread_safety.unsafe_wrong": (
        "Under {python} the unsafe version's total was wrong in {wrong} of {rounds} rounds: "
        "its speed buys a wrong answer."
    ),
    "thread_safety.unsafe_right": (
        "Under {python} the unsafe version's total happened to be right in all {rounds} rounds."
    ),
    "thread_safety.evidence_counter": (
        "{python}, {what}, {threads} threads \u00d7 {updates:,} updates, at every switch "
        "interval the run used"
    ),
    "thread_safety.evidence_ops": "{setting}: {what}, {threads} threads, {trials} trials",
    "thread_safety.evidence_atomic_ops": "list append, dict assignment, deque append/popleft",
    "thread_safety.evidence_check": (
        "{python}, {threads} threads filling {keys:,} keys, at every switch interval the run used"
    ),
    "thread_safety.evidence_fixes": (
        "{python}, {threads} threads \u00d7 {updates:,} additions to one count"
    ),
    "thread_safety.no_switch_point": (
        "under the GIL this loop has no point between the read and the write where the GIL "
        "is handed over, so the claim is not about it"
    ),
    # The claims this page adds (rendering/claims.py), kept with the page's words.
    "claims.atomic_builtins": (
        "list.append, dict item assignment and deque.append/popleft lose no item when many "
        "threads share the object."
    ),
    "claims.atomic_builtins.figure": "{source}: items lost or doubled, all trials together",
    "claims.check_then_act": (
        "Check-then-act on a shared dict (if key not in d: d[key] = ...) does some work twice "
        "when threads share it."
    ),
    "claims.check_then_act.figure": "{source}: trials that did a key's work twice",
    "claims.merge_cheaper": (
        "Per-thread counts merged at the end cost markedly less than a lock around each update."
    ),
    "claims.merge_cheaper.figure": "{source}: time with the lock \u00f7 time merging at the end",
}

KO: dict[str, tuple[str, str]] = {
    "thread_safety.op_list_append": ("`list.append`", "d6d08a"),
    "thread_safety.op_dict_assign": ("`dict[key] = value`", "1ffd0d"),
    "thread_safety.op_deque": ("`deque.append`, `deque.popleft`", "83a15a"),
    "thread_safety.op_increment": ("`shared.value += 1`", "7aaa3a"),
    "thread_safety.op_check_then_act": ("딕셔너리에서 확인 후 실행", "cfe4fc"),
    "thread_safety.op_list_iteration": ("커지는 중인 리스트 순회", "c1df18"),
    "thread_safety.op_dict_iteration": ("커지는 중인 딕셔너리 순회", "4f5d84"),
    "thread_safety.at_default": ("{python}, 기본 스위치 간격({interval})", "3f10e1"),
    "thread_safety.at_short": ("{python}, 스위치 간격 {interval}", "d3a8d6"),
    "thread_safety.head_default": (
        "{python}<br><small>기본 스위치 간격, {interval}</small>",
        "968ba5",
    ),
    "thread_safety.head_short": ("{python}<br><small>스위치 간격 {interval}</small>", "9d131c"),
    "thread_safety.col_operation": ("연산", "0f044f"),
    "thread_safety.cell_none": ("0", "5feceb"),
    "thread_safety.cell_lost": ("시행 {trials}번 중 {bad}번, **{total:,}**", "7fa41e"),
    "thread_safety.cell_iterated": (
        "예외: {trials}번 중 {raised}번<br><small>추가된 항목을 본 경우: {changed}번</small>",
        "8a1b09",
    ),
    "thread_safety.ops_note": (
        "각 칸은 시행 {trials}번 동안 잘못된 것을 셉니다. 한 번의 시행에서 스레드 "
        "{threads}개가 동시에 출발해 새 객체 하나를 함께 씁니다. 스레드마다 리스트, "
        "딕셔너리, deque를 {updates:,}번(모두 {out_of:,}번) 갱신하거나 카운터에 "
        "{increments:,}번(모두 {increments_all:,}번) 더하고, 칸에는 끝에 빠져 있는 항목이나 "
        "덧셈의 수가 들어갑니다(deque는 어느 스레드도 꺼내지 못한 항목). 확인 후 "
        "실행(check-then-act)에서는 모든 스레드가 같은 키 {keys:,}개를 채우려 하고, 칸은 "
        "한 키의 작업이 두 번 이상 된 횟수를 셉니다. 순회에서는 한 스레드가 항목 "
        "{items:,}개짜리 컨테이너를 읽는 동안 다른 스레드가 {items:,}개를 더 넣습니다. 칸은 "
        "읽는 쪽이 `RuntimeError`를 낸 시행과, 끝까지 읽었지만 도중에 추가된 항목을 본 "
        "시행을 셉니다.",
        "e3bb1c",
    ),
    "thread_safety.atomic_none": (
        "**`list.append`, `dict` 항목 대입, deque의 `append`와 `popleft`는 위의 모든 설정, "
        "모든 시행에서 항목을 하나도 잃거나 두 번 넣지 않았습니다.** 각각 C로 한 번 호출하는 "
        "연산이고, 인터프리터는 다른 스레드가 같은 객체를 건드리기 전에 이를 끝냅니다.",
        "385297",
    ),
    "thread_safety.atomic_lost": (
        "**{where}에서 `list.append`, `dict` 항목 대입, deque의 `append`와 `popleft`가 항목을 "
        "잃거나 두 번 넣었습니다.** 문서가 이 연산들에 약속하는 것과 어긋나므로 보고할 만한 "
        "실행입니다.",
        "df8f9b",
    ),
    "thread_safety.counter_none": (
        "**여기서 `shared.value += 1`은 갱신을 하나도 잃지 않았습니다.** 그래도 이것은 읽기, "
        "덧셈, 쓰기의 세 단계입니다. GIL 아래에서 인터프리터는 호출과 역방향 점프에서만 GIL을 "
        "넘기는데 그 사이에는 그런 지점이 없을 뿐이고, 이번 실행에는 GIL 없는 인터프리터가 "
        "없었습니다.",
        "2d40ef",
    ),
    "thread_safety.counter_no_gil": (
        "**GIL을 끈 환경({where})에서 `shared.value += 1`은 갱신을 잃었습니다. 한 시행에서 "
        "최대 {out_of:,}번 중 {worst:,}번입니다.** 그곳에서는 스레드가 정말 동시에 실행되어, "
        "두 스레드가 같은 옛 값을 읽고 같은 수를 써 넣습니다. GIL 아래({kept})에서는 짧은 "
        "간격에서도 하나도 잃지 않았습니다. 인터프리터는 호출과 역방향 점프에서만 GIL을 "
        "넘기는데, 이 루프의 읽기와 쓰기 사이에는 그런 지점이 없기 때문입니다"
        "([바이트코드 페이지](bytecode.md#a-bare-counter-1)에서 이유를 보여 줍니다). "
        "구현이 우연히 그럴 뿐, 약속이 아닙니다.",
        "771621",
    ),
    "thread_safety.counter_gil": (
        "**GIL 아래({where})에서도 `shared.value += 1`은 갱신을 잃었습니다. 한 시행에서 "
        "최대 {out_of:,}번 중 {worst:,}번입니다.** 읽기와 쓰기 사이에서 스레드가 바뀌었습니다.",
        "44d51d",
    ),
    "thread_safety.counter_everywhere": (
        "**모든 설정({where})에서 `shared.value += 1`은 갱신을 잃었습니다. 한 시행에서 최대 "
        "{out_of:,}번 중 {worst:,}번입니다.**",
        "52d287",
    ),
    "thread_safety.check_never": (
        "**이번 시행들에서 확인 후 실행은 어느 키의 작업도 두 번 하지 않았습니다.** 확인과 "
        "쓰기 사이에는 다른 스레드가 실행될 수 있는 호출이 있지만, 이번에는 어느 스레드도 "
        "하필 그 순간에 실행되지 않았습니다.",
        "2d3afc",
    ),
    "thread_safety.check_some": (
        "**{where}에서는 확인 후 실행이 일부 키의 작업을 두 번 했고**, {kept}에서는 이번 "
        "시행들에서 그러지 않았습니다. 각 단계는 온전하지만 두 단계를 묶은 것은 그렇지 "
        "않습니다. 확인과 쓰기 사이에 호출이 있어, 그곳에서 스레드가 바뀌면(GIL이 없으면 다른 "
        "코어에서) 두 번째 스레드도 같은 확인을 통과합니다. 스위치 간격이 길수록 사고가 드물어질 "
        "뿐, 불가능해지지는 않습니다.",
        "893750",
    ),
    "thread_safety.check_everywhere": (
        "**모든 설정({where})에서 확인 후 실행이 일부 키의 작업을 두 번 했습니다.** 각 단계는 "
        "온전하지만 두 단계를 묶은 것은 그렇지 않습니다. 확인과 쓰기 사이의 호출에서 다른 "
        "스레드가 같은 확인을 통과할 수 있습니다.",
        "53a41e",
    ),
    "thread_safety.dict_raised": (
        "**{where}에서 다른 스레드가 키를 넣는 동안 딕셔너리를 순회하자 `RuntimeError: "
        "dictionary changed size during iteration`이 났습니다.** 딕셔너리는 순회의 매 "
        "단계마다 크기를 확인하고, 크기가 바뀌었으면 더 진행하지 않습니다.",
        "ec8d54",
    ),
    "thread_safety.dict_never": (
        "**이번 시행들에서는 다른 스레드가 키를 넣는 동안 딕셔너리를 순회해도 예외가 나지 "
        "않았습니다.** 매번 쓰는 쪽이 실행되기 전에 읽는 쪽이 끝났습니다. 딕셔너리는 순회의 "
        "매 단계마다 크기를 확인하고, 크기가 바뀌었으면 `RuntimeError`를 냅니다.",
        "791426",
    ),
    "thread_safety.list_grew": (
        "**리스트 순회는 예외를 내지 않았지만**, {where}에서는 루프가 도는 동안 추가된 항목까지 "
        "보았습니다. 리스트의 이터레이터는 그저 현재의 끝까지 갑니다. 실패하지도 않지만, "
        "스냅숏을 주지도 않습니다.",
        "e40c6e",
    ),
    "thread_safety.list_quiet": (
        "**이번 시행들에서 리스트 순회는 예외를 내지 않았고, 도는 동안 추가된 항목을 본 루프도 "
        "없었습니다.** 리스트의 이터레이터는 변경을 확인하지 않고, 그때그때의 끝까지 갑니다.",
        "c5f83d",
    ),
    "thread_safety.list_raised": (
        "**{where}에서 리스트 순회가 `RuntimeError`를 냈습니다.** 리스트의 이터레이터가 "
        "하지 않는 것으로 알려진 일이므로 살펴볼 만한 실행입니다.",
        "403569",
    ),
    "thread_safety.way_unsafe": ("안전하지 않음: `shared.value += 1`", "e28768"),
    "thread_safety.way_locked": ("갱신마다 `Lock`", "11762d"),
    "thread_safety.way_queued": ("소유 스레드 하나로 보내는 `queue.Queue`", "b2ebe4"),
    "thread_safety.way_merged": ("스레드별로 세고 끝에 합치기", "c9dfca"),
    "thread_safety.col_interpreter": ("인터프리터", "3a8971"),
    "thread_safety.col_way": ("방법", "bea4d7"),
    "thread_safety.col_time": ("한 번 실행 시간(중앙값)", "93511a"),
    "thread_safety.col_over_unsafe": ("\u00f7 안전하지 않은 방법(95 % 구간)", "13247d"),
    "thread_safety.col_wrong": ("틀린 합계", "7892d5"),
    "thread_safety.cell_wrong": ("{rounds}라운드 중 {wrong}번", "dcdaf5"),
    "thread_safety.fixes_note": (
        "한 번 실행하면 스레드 {threads}개가 각자 카운트에 1을 {updates:,}번 더합니다(큐 "
        "방식은 소유 스레드를 하나 더 시작합니다). 매 라운드에 각 방법을 돌아가는 순서로 한 "
        "번씩 실행합니다. 비율은 라운드마다 구하고, 표에는 라운드들의 중앙값과 그 구간을 "
        "적습니다. 틀린 합계란 실제로 한 덧셈의 수와 다른 합계입니다.",
        "b6e33a",
    ),
    "thread_safety.cheapest": (
        "**{python}에서 가장 싼 해결책은 {fix}였습니다. 안전하지 않은 방법 시간의 "
        "{ratio}입니다**({interval}). 그다음은 {second}로 {second_ratio}였습니다"
        "({second_interval}).",
        "760497",
    ),
    "thread_safety.cheapest_tied": (
        "**{python}에서는 {fix}({ratio}, {interval})와 {second}({second_ratio}, "
        "{second_interval}) 중 어느 쪽이 가장 싼지 가릴 수 없었습니다.** 두 구간이 겹칩니다.",
        "d35df1",
    ),
    "thread_safety.unsafe_wrong": (
        "{python}에서 안전하지 않은 방법의 합계는 {rounds}라운드 중 {wrong}번 틀렸습니다. 그 "
        "속도는 틀린 답의 대가입니다.",
        "abb1ed",
    ),
    "thread_safety.unsafe_right": (
        "{python}에서 안전하지 않은 방법의 합계는 {rounds}라운드 모두 우연히 맞았습니다.",
        "336d91",
    ),
    "thread_safety.evidence_counter": (
        "{python}, {what}, 스레드 {threads}개 \u00d7 갱신 {updates:,}번, 실행에서 쓴 모든 "
        "스위치 간격",
        "86826d",
    ),
    "thread_safety.evidence_ops": (
        "{setting}: {what}, 스레드 {threads}개, 시행 {trials}번",
        "7b63ae",
    ),
    "thread_safety.evidence_atomic_ops": (
        "리스트 추가, 딕셔너리 대입, deque append/popleft",
        "f45e82",
    ),
    "thread_safety.evidence_check": (
        "{python}, 키 {keys:,}개를 채우는 스레드 {threads}개, 실행에서 쓴 모든 스위치 간격",
        "288917",
    ),
    "thread_safety.evidence_fixes": (
        "{python}, 스레드 {threads}개 \u00d7 한 카운트에 덧셈 {updates:,}번",
        "70e720",
    ),
    "thread_safety.no_switch_point": (
        "GIL 아래에서 이 루프는 읽기와 쓰기 사이에 GIL을 넘기는 지점이 없으므로, 이 주장의 "
        "대상이 아닙니다",
        "bc85b1",
    ),
    "claims.atomic_builtins": (
        "list.append, dict 항목 대입, deque.append/popleft는 여러 스레드가 객체를 "
        "함께 써도 항목을 잃지 않습니다.",
        "7659b4",
    ),
    "claims.atomic_builtins.figure": (
        "{source}: 잃거나 두 번 들어간 항목 수, 모든 시행 합계",
        "c5831d",
    ),
    "claims.check_then_act": (
        "공유 딕셔너리에서 확인 후 실행(if key not in d: d[key] = ...)은 여러 스레드가 "
        "함께 쓰면 일부 작업을 두 번 합니다.",
        "84d390",
    ),
    "claims.check_then_act.figure": ("{source}: 한 키의 작업을 두 번 한 시행 수", "17e2d9"),
    "claims.merge_cheaper": (
        "스레드별로 세고 끝에 합치는 쪽이 갱신마다 락을 거는 쪽보다 확연히 적게 듭니다.",
        "edf574",
    ),
    "claims.merge_cheaper.figure": (
        "{source}: 락을 건 시간 \u00f7 끝에 합치는 시간",
        "795dc5",
    ),
}
