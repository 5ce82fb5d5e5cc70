"""The words of docs/scaling.md (pages/scaling.py).

``EN`` holds the English; ``KO`` the Korean of the same keys, each with the hash of the English
it translates (``python -m concurrency_live.words --hashes KEY``): see words/__init__.py.
"""

EN: dict[str, str] = {
    "scaling.way.shared_total": "shared total",
    "scaling.way.shared_table": "shared table",
    "scaling.way.own_data": "own data",
    "scaling.no_free_threaded": (
        "The machine that built this site had no free-threaded interpreter at `{path}`, so "
        "this page can show the three ways only with the GIL on, where no way of writing "
        "pure-Python work runs it on more than one core at a time."
    ),
    "scaling.col_way": "Way",
    "scaling.table_note": (
        "Each speedup: the median, over the paired rounds, of one thread's time divided by "
        "this time in the same round, with its 95 % interval in brackets. Each way was "
        "measured in an interpreter of its own, in rounds that each ran it once at every thread "
        "count, in an order that rotated from round to round. *At the "
        "limit*: the interval reaches the ideal min(threads, usable cores), so the run cannot "
        "be told apart from perfect scaling. *Cores busy*: the CPU time of the whole process "
        "divided by the wall time, median and interval over the rounds."
    ),
    "scaling.chart_title": "Speedup over one thread, {python}",
    "scaling.chart_x": "Threads",
    "scaling.chart_y": "Speedup over one thread",
    "scaling.chart_ideal": "ideal: min(threads, {cores} cores)",
    "scaling.chart_none": "no speedup",
    "scaling.lead.scaled": (
        "**{way}: scaled.** {threads} threads did the work {figure} as fast as one, keeping "
        "{busy} cores busy ({busy_bounds})."
    ),
    "scaling.lead.flat": (
        "**{way}: did not scale.** {threads} threads did the work {figure} as fast as one, "
        "keeping {busy} cores busy ({busy_bounds})."
    ),
    "scaling.lead.between": (
        "**{way}: neither clearly scaled nor clearly flat.** {threads} threads did the work "
        "{figure} as fast as one, keeping {busy} cores busy ({busy_bounds})."
    ),
    "scaling.why.shared_total.scaled": (
        "Every step took the one lock, yet the threads rarely queued for it: each held it for "
        "only a small part of a step."
    ),
    "scaling.why.shared_total.contended": (
        "Both threads were running, yet every step had to take the one lock and add to the one "
        "total, and the lock and the total had to move from one core's cache to the other's "
        "for it: the threads spent their time handing them over instead of adding."
    ),
    "scaling.why.shared_total.waited": (
        "Every step has to take the one lock, so while one thread adds, the other waits for "
        "the lock instead of running (the own-data threads kept {own_busy} cores busy in the "
        "same rounds): the lock turns the work back into one thread's."
    ),
    "scaling.why.shared_table.scaled": (
        "Reading one table from both threads did not get in their way: reading does not "
        "change the table, and whatever the interpreter did to the reference counts of its "
        "numbers did not make the threads wait for each other on this machine."
    ),
    "scaling.why.shared_table.contended": (
        "Both threads were running, yet the shared table slowed them: every read of a number "
        "from the table changes that number's reference count, and a count that two threads "
        "change must move from one core's cache to the other's at every change."
    ),
    "scaling.why.shared_table.waited": (
        "The threads kept fewer cores busy than the own-data threads ({own_busy}) in the same "
        "rounds: they were not running all the time, and this run does not say why."
    ),
    "scaling.why.own_data.scaled": (
        "The threads share nothing until they merge their totals at the end, so nothing stops "
        "them from running side by side."
    ),
    "scaling.why.own_data.contended": (
        "Both threads were running, yet they finished no sooner: something they still share "
        "(the cores' caches and memory, or the interpreter's own state) held them back."
    ),
    "scaling.why.own_data.starved": (
        "The process got only {busy} cores of CPU time: other programs were using the rest of "
        "the machine while this ran."
    ),
    "scaling.why.starved": (
        "The own-data threads, which share nothing, also kept only {own_busy} cores busy: "
        "other programs were using the rest of the machine while this ran, so the run cannot "
        "tell what sharing cost."
    ),
    "scaling.way_missing": "**{way}**: the run has no figure for two threads.",
    "scaling.summary.all": (
        "Under {python}, all three ways scaled at {threads} threads: {scaled}."
    ),
    "scaling.summary.none": (
        "Under {python}, none of the three ways clearly scaled at {threads} threads: {other}."
    ),
    "scaling.summary.some": (
        "Under {python}, at {threads} threads, {scaled} scaled; {other} did not clearly scale."
    ),
    "scaling.gil.none": (
        "no way ran clearly faster on {threads} threads than on one: with the GIL on, only "
        "the thread that holds it runs Python code, whatever the threads share."
    ),
    "scaling.gil.some": (
        "{ways} ran faster on {threads} threads than on one, with the GIL on: only the thread "
        "that holds the GIL runs Python code, so this points at noise in the timing (another "
        "program slowing the one-thread runs), not at threads running in parallel."
    ),
    "scaling.evidence.what": "{way}, 2 threads against 1",
    "scaling.evidence.gil_on": "the GIL is on in this interpreter, so the claim is not about it",
    "claims.free_threads_own_data": (
        "Without the GIL, threads that each work on their own data and merge at the end run "
        "in parallel."
    ),
    "claims.free_threads_shared_lock": (
        "Without the GIL, threads that add to one shared total under a lock at every step gain "
        "nothing from a second core."
    ),
}

KO: dict[str, tuple[str, str]] = {
    "scaling.way.shared_total": (
        "공유 합계",
        "f18ec5",
    ),
    "scaling.way.shared_table": (
        "공유 표",
        "249bef",
    ),
    "scaling.way.own_data": (
        "자기 데이터",
        "6f11b3",
    ),
    "scaling.no_free_threaded": (
        (
            "이 사이트를 빌드한 머신의 `{path}`에는 프리스레딩 인터프리터가 없었으므로, 이 "
            "페이지는 세 방식을 GIL이 켜진 상태로만 보여 줄 수 있습니다. GIL이 켜져 있으면 순수 "
            "Python 작업은 어떻게 작성하든 한 번에 코어 하나에서만 실행됩니다."
        ),
        "bd7245",
    ),
    "scaling.col_way": (
        "방식",
        "bea4d7",
    ),
    "scaling.table_note": (
        (
            "각 속도 향상: 짝지은 라운드마다 스레드 하나일 때의 시간을 같은 라운드의 이 설정 "
            "시간으로 나눈 값의 중앙값이고, 괄호 안은 그 95 % 구간입니다. 각 방식은 저마다 "
            "따로 띄운 인터프리터에서 측정했고, 각 라운드는 그 방식을 모든 스레드 수로 한 "
            "번씩, 라운드마다 돌아가는 순서로 실행했습니다. *한계에 "
            "도달*: 구간이 이상적인 값 min(스레드 수, 사용 가능한 코어 수)에 닿아, 이 실행을 "
            "완벽한 확장과 구별할 수 없다는 뜻입니다. *코어 사용량*: 프로세스 전체의 CPU 시간을 "
            "경과 시간으로 나눈 값으로, 라운드들에 걸친 중앙값과 구간입니다."
        ),
        "d521b1",
    ),
    "scaling.chart_title": (
        "스레드 하나 대비 속도 향상, {python}",
        "d5e4c0",
    ),
    "scaling.chart_x": (
        "스레드 수",
        "3e42e3",
    ),
    "scaling.chart_y": (
        "스레드 하나 대비 속도 향상",
        "88528d",
    ),
    "scaling.chart_ideal": (
        "이상값: min(스레드 수, 코어 {cores}개)",
        "337a6b",
    ),
    "scaling.chart_none": (
        "속도 향상 없음",
        "0ddb53",
    ),
    "scaling.lead.scaled": (
        (
            "**{way}: 확장됨.** 스레드 {threads}개는 하나일 때에 비해 {figure} 빠르기로 작업을 "
            "마쳤고, 코어 {busy}개({busy_bounds})를 사용했습니다."
        ),
        "87db02",
    ),
    "scaling.lead.flat": (
        (
            "**{way}: 확장되지 않음.** 스레드 {threads}개는 하나일 때에 비해 {figure} 빠르기로 "
            "작업을 마쳤고, 코어 {busy}개({busy_bounds})를 사용했습니다."
        ),
        "bfa021",
    ),
    "scaling.lead.between": (
        (
            "**{way}: 확장됐다고도, 안 됐다고도 분명히 말할 수 없음.** 스레드 {threads}개는 "
            "하나일 때에 비해 {figure} 빠르기로 작업을 마쳤고, 코어 {busy}개({busy_bounds})를 "
            "사용했습니다."
        ),
        "e87be6",
    ),
    "scaling.why.shared_total.scaled": (
        (
            "매 단계마다 하나뿐인 락을 잡았는데도 스레드들이 락 앞에서 줄을 서는 일은 "
            "드물었습니다. 각 스레드가 한 단계 중 아주 짧은 동안만 락을 쥐고 있었기 때문입니다."
        ),
        "d7a2ff",
    ),
    "scaling.why.shared_total.contended": (
        (
            "두 스레드 모두 실행 중이었지만, 매 단계마다 하나뿐인 락을 잡고 하나뿐인 합계에 "
            "더해야 했고, 그러려면 락과 합계가 한 코어의 캐시에서 다른 코어의 캐시로 옮겨 가야 "
            "했습니다. 스레드들은 더하기보다 이것들을 주고받는 데 시간을 썼습니다."
        ),
        "132cd4",
    ),
    "scaling.why.shared_total.waited": (
        (
            "매 단계마다 하나뿐인 락을 잡아야 하므로, 한 스레드가 더하는 동안 다른 스레드는 "
            "실행되지 못하고 락을 기다립니다(같은 라운드에서 자기 데이터 방식의 스레드들은 코어 "
            "{own_busy}개를 사용했습니다). 락이 작업을 다시 스레드 하나의 작업으로 되돌려 놓는 "
            "셈입니다."
        ),
        "5ad95e",
    ),
    "scaling.why.shared_table.scaled": (
        (
            "두 스레드가 표 하나를 함께 읽어도 서로 방해되지 않았습니다. 읽기는 표를 바꾸지 "
            "않으며, 인터프리터가 표에 든 수들의 참조 카운트를 어떻게 다루었든 이 머신에서는 "
            "스레드들이 서로를 기다리게 만들지 않았습니다."
        ),
        "3218c0",
    ),
    "scaling.why.shared_table.contended": (
        (
            "두 스레드 모두 실행 중이었지만 공유 표가 이들을 느리게 했습니다. 표에서 수를 읽을 "
            "때마다 그 수의 참조 카운트가 바뀌고, 두 스레드가 바꾸는 카운트는 바뀔 때마다 한 "
            "코어의 캐시에서 다른 코어의 캐시로 옮겨 가야 합니다."
        ),
        "0ea483",
    ),
    "scaling.why.shared_table.waited": (
        (
            "같은 라운드에서 이 스레드들은 자기 데이터 방식의 스레드들({own_busy})보다 적은 "
            "코어를 사용했습니다. 늘 실행 중이었던 것은 아니며, 그 이유는 이 실행으로는 알 수 "
            "없습니다."
        ),
        "2dc8c6",
    ),
    "scaling.why.own_data.scaled": (
        (
            "스레드들은 마지막에 합계를 합칠 때까지 아무것도 공유하지 않으므로, 나란히 실행되는 "
            "것을 막는 것이 없습니다."
        ),
        "7ffc85",
    ),
    "scaling.why.own_data.contended": (
        (
            "두 스레드 모두 실행 중이었지만 더 일찍 끝나지 않았습니다. 여전히 함께 쓰는 "
            "무언가(코어의 캐시와 메모리, 또는 인터프리터 자체의 상태)가 발목을 잡았습니다."
        ),
        "ccdedd",
    ),
    "scaling.why.own_data.starved": (
        (
            "프로세스가 받은 CPU 시간은 코어 {busy}개 분량뿐이었습니다. 이 측정이 도는 동안 다른 "
            "프로그램들이 머신의 나머지를 쓰고 있었습니다."
        ),
        "c2279e",
    ),
    "scaling.why.starved": (
        (
            "아무것도 공유하지 않는 자기 데이터 방식의 스레드들도 코어 {own_busy}개만 "
            "사용했습니다. 이 측정이 도는 동안 다른 프로그램들이 머신의 나머지를 쓰고 "
            "있었으므로, 이 실행으로는 공유의 비용을 알 수 없습니다."
        ),
        "467bff",
    ),
    "scaling.way_missing": (
        "**{way}**: 이 실행에는 스레드 2개일 때의 수치가 없습니다.",
        "a505fc",
    ),
    "scaling.summary.all": (
        "{python}에서는 스레드 {threads}개일 때 세 방식 모두 확장되었습니다: {scaled}.",
        "c5298c",
    ),
    "scaling.summary.none": (
        (
            "{python}에서는 스레드 {threads}개일 때 세 방식 모두 뚜렷하게 확장되지는 "
            "않았습니다: {other}."
        ),
        "2ffd76",
    ),
    "scaling.summary.some": (
        (
            "{python}에서는 스레드 {threads}개일 때 {scaled} 방식은 확장되었고, {other} 방식은 "
            "뚜렷하게 확장되지는 않았습니다."
        ),
        "558cee",
    ),
    "scaling.gil.none": (
        (
            "어떤 방식도 스레드 {threads}개에서 하나일 때보다 분명히 빨라지지 않았습니다. GIL이 "
            "켜져 있으면 스레드들이 무엇을 공유하든 GIL을 쥔 스레드만 Python 코드를 실행합니다."
        ),
        "b89f09",
    ),
    "scaling.gil.some": (
        (
            "GIL이 켜져 있는데도 {ways} 방식은 스레드 {threads}개에서 하나일 때보다 빨랐습니다. "
            "GIL을 쥔 스레드만 Python 코드를 실행하므로, 이는 스레드가 병렬로 돈 것이 아니라 "
            "측정의 잡음(다른 프로그램이 스레드 하나일 때의 실행을 늦춘 것)을 가리킵니다."
        ),
        "aa3fad",
    ),
    "scaling.evidence.what": (
        "{way}, 스레드 2개 대 1개",
        "1d46f9",
    ),
    "scaling.evidence.gil_on": (
        "이 인터프리터는 GIL이 켜져 있어 이 주장의 대상이 아닙니다",
        "e80cbe",
    ),
    "claims.free_threads_own_data": (
        (
            "GIL이 없으면, 각자 자기 데이터로 일하고 마지막에 결과를 합치는 스레드들은 병렬로 "
            "실행된다."
        ),
        "2bc539",
    ),
    "claims.free_threads_shared_lock": (
        (
            "GIL이 없어도, 매 단계마다 락을 잡고 공유 합계 하나에 더하는 스레드들은 두 번째 "
            "코어에서 얻는 것이 없다."
        ),
        "20016e",
    ),
}
