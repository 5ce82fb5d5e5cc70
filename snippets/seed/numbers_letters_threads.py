"""The seed's first example: two threads that sleep at different paces,
then join."""

import threading
import time

NUMBER_PAUSE = 1.0  # seconds after each number
LETTER_PAUSE = 1.5  # seconds after each letter


def stamp(start: float) -> str:
    return f"[{time.perf_counter() - start:5.2f} s]"


# Each line is one string: print(a, b) writes a, a space and b one after
# another, and a line from the other thread can land in between
# ("[ 0.00 s][ 0.00 s] Number: 1").
def print_numbers(start):
    for i in range(1, 6):
        print(f"{stamp(start)} Number: {i}", flush=True)
        time.sleep(NUMBER_PAUSE)


def print_letters(start):
    for letter in "ABCDE":
        print(f"{stamp(start)} Letter: {letter}", flush=True)
        time.sleep(LETTER_PAUSE)


if __name__ == "__main__":
    start = time.perf_counter()
    t1 = threading.Thread(target=print_numbers, args=(start,))
    t2 = threading.Thread(target=print_letters, args=(start,))
    t1.start()
    t2.start()
    t1.join()
    t2.join()
    print(f"{stamp(start)} All threads are done!", flush=True)
