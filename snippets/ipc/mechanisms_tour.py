"""Six ways to hand data to another process (and one to another thread), a few
lines each."""

import multiprocessing
import queue
import threading
from multiprocessing.shared_memory import SharedMemory


def square(inbox, outbox):
    outbox.put(inbox.get() ** 2)


def shout(conn):
    conn.send(conn.recv().upper())


def shout_in_place(name):
    block = SharedMemory(name=name)  # the same memory, found by its name
    block.buf[:5] = bytes(block.buf[:5]).upper()
    block.close()


def count_and_scale(counter, numbers):
    # += is a read and a write: hold the lock across both.
    with counter.get_lock():
        counter.value += 1
    for i in range(len(numbers)):
        numbers[i] *= 10


def fill(shared_list, shared_dict):
    shared_list.append("from the child")
    shared_dict["answer"] = 42


def same_object(handed, back, original):
    back.put(handed.get() is original)


def in_a_process(target, *args):
    child = multiprocessing.Process(target=target, args=args)
    child.start()
    child.join()


if __name__ == "__main__":
    # Queue: any picklable object, many senders and receivers; a background
    # thread sends.
    inbox, outbox = multiprocessing.Queue(), multiprocessing.Queue()
    inbox.put(12)
    in_a_process(square, inbox, outbox)
    print("Queue:        sent 12, got back", outbox.get(), flush=True)

    # Pipe: two connected ends, one process at each; send() pickles, recv()
    # unpickles.
    here, there = multiprocessing.Pipe()
    here.send("hello")
    in_a_process(shout, there)
    print(
        "Pipe:         sent 'hello', got back", repr(here.recv()), flush=True
    )

    # SharedMemory: raw bytes that both processes map; only the block's name
    # is sent.
    block = SharedMemory(create=True, size=5)
    block.buf[:5] = b"hello"
    in_a_process(shout_in_place, block.name)
    print(
        "SharedMemory: the child changed the bytes in place:",
        bytes(block.buf[:5]),
        flush=True,
    )
    block.close()
    # Shared memory outlives its processes until it is unlinked.
    block.unlink()

    # Value and Array: typed C numbers in shared memory, each with a lock.
    counter = multiprocessing.Value("i", 0)
    numbers = multiprocessing.Array("d", [1.5, 2.5, 3.5])
    in_a_process(count_and_scale, counter, numbers)
    print(
        "Value/Array:  counter =",
        counter.value,
        "numbers =",
        numbers[:],
        flush=True,
    )

    # Manager: real lists and dicts in a server process; the others hold
    # proxies.
    with multiprocessing.Manager() as manager:
        shared_list = manager.list(["from the parent"])
        shared_dict = manager.dict()
        in_a_process(fill, shared_list, shared_dict)
        print(
            "Manager:      list =",
            list(shared_list),
            "dict =",
            dict(shared_dict),
            flush=True,
        )

    # queue.Queue between threads: one address space, so the object itself is
    # handed over.
    data = [1, 2, 3]
    handed, back = queue.Queue(), queue.Queue()
    worker = threading.Thread(target=same_object, args=(handed, back, data))
    worker.start()
    handed.put(data)
    worker.join()
    print(
        "queue.Queue:  the thread received the very same list object:",
        back.get(),
        flush=True,
    )
