"""The seed's second example: the same two tasks, each in its own process."""

import multiprocessing
import time

NUMBER_PAUSE = 1.0  # seconds after each number
LETTER_PAUSE = 1.5  # seconds after each letter


def stamp(start: float) -> str:
    return f"[{time.perf_counter() - start:5.2f} s]"


# The parent's start time is passed in: perf_counter() reads a system-wide
# clock, so all three processes print on one time line.
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
    p1 = multiprocessing.Process(target=print_numbers, args=(start,))
    p2 = multiprocessing.Process(target=print_letters, args=(start,))
    p1.start()
    p2.start()
    p1.join()
    p2.join()
    print(f"{stamp(start)} All processes are done!", flush=True)
