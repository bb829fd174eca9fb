/* WASI test program: arguments, an environment variable, a line of standard input, standard
 * error, and an exit status (3 when given more than two arguments). */
#include <stdio.h>
#include <stdlib.h>

int main(int argc, char **argv) {
    char line[256];
    printf("args:");
    for (int i = 1; i < argc; i++) printf(" %s", argv[i]);
    printf("\n");
    const char *name = getenv("NAME");
    printf("NAME=%s\n", name ? name : "(unset)");
    if (fgets(line, sizeof line, stdin)) printf("stdin: %s", line);
    else printf("stdin: (empty)\n");
    fprintf(stderr, "to stderr\n");
    return argc > 3 ? 3 : 0;
}
