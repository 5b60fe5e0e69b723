#!/usr/bin/env python3
"""Runs one command and prints its wall seconds, peak RSS in KiB and exit status.

A process of its own, kept small, because on Linux a command's peak RSS starts at the size of
the process that forked it: measured from make bench's process, which grows as it reads large
catalogs, a 51 MiB run read as 87 MiB.
"""
import os
import subprocess
import sys
import time

start = time.perf_counter()
command = subprocess.Popen(sys.argv[1:], stdout=subprocess.DEVNULL)
_, status, usage = os.wait4(command.pid, 0)
elapsed = time.perf_counter() - start
print(elapsed, usage.ru_maxrss, os.waitstatus_to_exitcode(status))
