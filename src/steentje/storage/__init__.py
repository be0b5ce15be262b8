"""The journal and its derived files on disk, split by job.

- ``files``: the primitives every write goes through (the one atomic writer,
  private folders, fsync, the one-line write error);
- ``lock``: the cross-process lock every read-modify-write holds;
- ``reading``: reading and checking the journal (whole, or only its ends);
- ``appending``: adding entries at the end;
- ``rewriting``: changing or removing entries (edit, delete, repair);
- ``doctor``: checking the journal and repairing what can be repaired;
- ``stamps``: the day of the newest entry, for the shell reminder;
- ``caches``: the index kept in the cache folder (for `review -n N`).
"""
