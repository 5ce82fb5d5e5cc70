# The blog post's thread example, without the time stamps and flush=True
# that the site's version adds.
import threading
import time


def print_numbers():
    for i in range(1, 6):
        print(f"Number: {i}")
        time.sleep(1)


def print_letters():
    for letter in "ABCDE":
        print(f"Letter: {letter}")
        time.sleep(1.5)


t1 = threading.Thread(target=print_numbers)
t2 = threading.Thread(target=print_letters)
t1.start()
t2.start()
t1.join()
t2.join()
print("All threads are done!")
