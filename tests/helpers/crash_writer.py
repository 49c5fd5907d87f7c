"""A writer for crash trials: saves records as fast as it can, printing each id once saved.

Run as a script: crash_writer.py FOLDER PASSPHRASE CHILD_ID START. A line is printed
only after the save returned, which is when the app tells the practitioner
"saved"; the parent kills this process at a random moment.
"""

import sys
from datetime import UTC, datetime
from pathlib import Path

from yjfield.domain.contact import Contact
from yjfield.store.store import Store


def main() -> None:
    folder, passphrase, child_id = Path(sys.argv[1]), sys.argv[2], sys.argv[3]
    # Numbering continues across trials, so a later edit always has a larger number.
    n = int(sys.argv[4])
    store = Store.unlock(folder, passphrase)
    print("ready", flush=True)
    while True:
        n += 1
        if n % 5 == 0:
            store.update("child", child_id, {"preferred_name": f"Name{n}"})
            print(f"patch Name{n}", flush=True)
        else:
            fact = store.add_fact(Contact(child_id=child_id, start=datetime.now(UTC),
                                          narrative=f"crash trial note {n} " * 20))
            print(f"fact {fact.id}", flush=True)


if __name__ == "__main__":
    main()
