"""For comparison: hand payloads to another thread through a queue.Queue. Nothing is copied."""

import hashlib
import queue
import threading

import handover  # beside this file: times the transfers and checks every byte


def receiver(inbox, outbox):
    while (payload := inbox.get()) is not None:
        outbox.put(len(payload))  # the acknowledgement: the sender's clock stops here
        inbox.get()  # the sender asks for proof once its clock has stopped
        outbox.put(hashlib.sha256(payload).digest())
        del payload


if __name__ == "__main__":
    inbox, outbox = queue.Queue(), queue.Queue()
    thread = threading.Thread(target=receiver, args=(inbox, outbox), daemon=True)
    thread.start()

    def send(payload):
        inbox.put(payload)  # a reference to the same bytes object: threads share memory
        outbox.get()

    def proof():
        inbox.put("proof?")
        return outbox.get()

    handover.benchmark("queue.Queue", "threads", send, proof)
    inbox.put(None)
    thread.join()
