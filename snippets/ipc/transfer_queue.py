"""Hand payloads to a child process through a multiprocessing.Queue; it
answers on another."""

import contextlib
import hashlib
import multiprocessing

import handover  # beside this file: times the transfers and checks every byte

MECHANISM, BETWEEN = "multiprocessing.Queue", "processes"


def receiver(inbox, outbox):
    while (payload := inbox.get()) is not None:
        # The acknowledgement: the sender's clock stops here.
        outbox.put(len(payload))
        inbox.get()  # the sender asks for proof once its clock has stopped
        outbox.put(hashlib.sha256(payload).digest())
        # Freeing it takes time too: do it now, not in the next transfer.
        del payload


@contextlib.contextmanager
def opened():
    """Start the receiver; yield the sender's two functions; stop the
    receiver."""
    inbox, outbox = multiprocessing.Queue(), multiprocessing.Queue()
    child = multiprocessing.Process(
        target=receiver, args=(inbox, outbox), daemon=True
    )
    child.start()

    def send(payload):
        inbox.put(payload)
        outbox.get()

    def proof():
        inbox.put("proof?")
        return outbox.get()

    try:
        yield send, proof
    finally:
        inbox.put(None)
        child.join()


if __name__ == "__main__":
    with opened() as (send, proof):
        handover.benchmark(MECHANISM, BETWEEN, send, proof)
