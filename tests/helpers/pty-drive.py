#!/usr/bin/env python3
# Drives a command in a pseudo-terminal, as a person at a terminal would: waits for each expected text
# in the output, then types the reply. Used by the tests of interactive commands (diglot review).
#
#   python3 pty-drive.py SCRIPT.json
#   SCRIPT: {"argv": [...], "cwd": "...", "env": {"NAME": "value" | null (unset)}, "columns": 40, "rows": 24, "timeout": 60,
#            "steps": [{"expect": "text", "send": "keys", "write": ["/abs/file", "content"]?}, ...]}
#   `write` replaces a file's content before the keys are sent: another editor saving meanwhile.
# Prints one JSON object: {"exit": code, "output": everything the terminal showed, "failed": step|null}.
# Standard library only (pty, os, select): no native module to build.
import fcntl, json, os, pty, re, select, signal, struct, sys, termios, time

def main():
    script = json.load(open(sys.argv[1]))
    pid, fd = pty.fork()
    if pid == 0:
        os.chdir(script["cwd"])
        env = dict(os.environ)
        for k, v in script.get("env", {}).items():
            if v is None:
                env.pop(k, None)  # null: not set at all
            else:
                env[k] = v
        os.execvpe(script["argv"][0], script["argv"], env)
    fcntl.ioctl(fd, termios.TIOCSWINSZ, struct.pack("HHHH", script.get("rows", 24), script.get("columns", 80), 0, 0))
    deadline = time.time() + script.get("timeout", 60)
    out = b""
    seen = 0  # the output before this offset was matched already: each expect looks at what came after
    failed = None

    def read_some(wait):
        nonlocal out
        r, _, _ = select.select([fd], [], [], wait)
        if not r:
            return True
        try:
            chunk = os.read(fd, 65536)
        except OSError:
            return False
        if not chunk:
            return False
        out += chunk
        return True

    alive = True
    for i, step in enumerate(script["steps"]):
        want = step["expect"].encode()
        while alive and want not in strip(out[seen:]):
            if time.time() > deadline:
                break
            alive = read_some(0.2)
        plain = strip(out[seen:])
        if want not in plain:
            failed = i
            break
        # what was read is consumed: the command waits for this reply, so the next step's text is new output
        seen = len(out)
        if "write" in step:
            with open(step["write"][0], "w", encoding="utf-8") as f:
                f.write(step["write"][1])
        time.sleep(step.get("pause", 0.05))
        os.write(fd, step["send"].encode())
    # the script is done (or stuck): let the command finish, unless a step never came
    while alive and failed is None and time.time() < deadline:
        alive = read_some(0.2)
    try:
        _, status = os.waitpid(pid, os.WNOHANG if alive else 0)
        if alive:
            os.kill(pid, signal.SIGKILL)
            _, status = os.waitpid(pid, 0)
        code = os.waitstatus_to_exitcode(status)
    except ChildProcessError:
        code = None
    print(json.dumps({"exit": code, "output": out.decode("utf-8", "replace"), "failed": failed}))

ANSI = re.compile(rb"\x1b\[[0-9;?]*[A-Za-z]|\x1b[()][A-Z0-9]|\r")

def strip(b):
    return ANSI.sub(b"", b)

main()
