/* WASI test program: files in a preopened directory, and paths that try to leave it. Prints one
 * line per attempt ("ok" or the errno name) so the host can compare. */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

static void attempt(const char *what, const char *path, int flags) {
    int fd = open(path, flags, 0644);
    if (fd >= 0) {
        printf("%s: ok\n", what);
        close(fd);
    } else {
        printf("%s: %s\n", what, errno == ENOTCAPABLE ? "ENOTCAPABLE" : errno == EPERM ? "EPERM"
               : errno == ENOENT ? "ENOENT" : errno == EACCES ? "EACCES" : errno == EROFS ? "EROFS" : "other");
    }
}

int main(void) {
    /* Copy /data/in.txt to /data/out.txt, upper-cased. */
    FILE *in = fopen("/data/in.txt", "r");
    FILE *out = fopen("/data/out.txt", "w");
    if (!in || !out) { printf("cannot open the data files\n"); return 1; }
    int c;
    while ((c = fgetc(in)) != EOF) fputc(c >= 'a' && c <= 'z' ? c - 32 : c, out);
    fclose(in);
    fclose(out);
    printf("copied\n");
    attempt("dotdot", "/data/../outside.txt", O_RDONLY);
    attempt("absolute", "/etc/passwd", O_RDONLY);
    attempt("symlink out", "/data/link-out", O_RDONLY);
    attempt("inside", "/data/in.txt", O_RDONLY);
    return 0;
}
