/* WASI test program: a read-only directory at /ro (with in.txt and a subdirectory sub/). Reading
 * works; every way of changing the tree is refused. One line per attempt. */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <sys/stat.h>
#include <unistd.h>

static void report(const char *what, int result) {
    if (result >= 0) printf("%s: ok\n", what);
    else printf("%s: %s\n", what, errno == ENOTCAPABLE ? "ENOTCAPABLE" : errno == EPERM ? "EPERM" : "other");
}

static int open_close(const char *path, int flags) {
    int fd = open(path, flags, 0644);
    if (fd >= 0) close(fd);
    return fd;
}

int main(void) {
    char buffer[64] = {0};
    int fd = open("/ro/in.txt", O_RDONLY);
    report("read open", fd);
    if (fd >= 0) {
        report("read", (int)read(fd, buffer, sizeof buffer - 1));
        close(fd);
    }
    printf("contents: %s", buffer);
    report("create", open_close("/ro/new.txt", O_WRONLY | O_CREAT));
    report("write open", open_close("/ro/in.txt", O_RDWR));
    report("truncate", open_close("/ro/in.txt", O_RDONLY | O_TRUNC));
    report("append", open_close("/ro/in.txt", O_WRONLY | O_APPEND));
    report("mkdir", mkdir("/ro/d", 0755));
    report("unlink", unlink("/ro/in.txt"));
    report("rename", rename("/ro/in.txt", "/ro/moved.txt"));
    report("symlink", symlink("in.txt", "/ro/link"));
    report("nested create", open_close("/ro/sub/new.txt", O_WRONLY | O_CREAT));
    report("nested read", open_close("/ro/sub/x.txt", O_RDONLY));
    /* Through a descriptor of a subdirectory: still read-only. */
    int dir = open("/ro/sub", O_RDONLY | O_DIRECTORY);
    report("open subdirectory", dir);
    int created = openat(dir, "new.txt", O_WRONLY | O_CREAT, 0644);
    report("create through it", created);
    if (created >= 0) close(created);
    int readable = openat(dir, "x.txt", O_RDONLY);
    report("read through it", readable);
    if (readable >= 0) close(readable);
    close(dir);
    return 0;
}
