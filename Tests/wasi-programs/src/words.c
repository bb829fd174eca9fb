/* WASI benchmark program (scripts/bench): generates N KiB of pseudo-random text, counts its words
 * in a hash table, sorts them by frequency and prints the ten most frequent with a checksum. Real
 * C with wasi-libc: malloc, string handling, qsort, printf. Usage: words [KIB] (default 4096). */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct { char *word; uint32_t count; } Entry;

static uint32_t next_random(uint32_t *state) {
    *state ^= *state << 13; *state ^= *state >> 17; *state ^= *state << 5;
    return *state;
}

static uint32_t hash(const char *s, size_t n) {
    uint32_t h = 2166136261u;
    for (size_t i = 0; i < n; i++) h = (h ^ (uint8_t)s[i]) * 16777619u;
    return h;
}

static int by_count(const void *a, const void *b) {
    const Entry *x = a, *y = b;
    if (x->count != y->count) return x->count < y->count ? 1 : -1;
    return strcmp(x->word, y->word);
}

int main(int argc, char **argv) {
    size_t kib = argc > 1 ? (size_t)atol(argv[1]) : 4096;
    size_t size = kib * 1024;
    char *text = malloc(size + 1);
    static const char *syllables[] = {"ka", "lo", "mi", "ne", "ru", "ta", "si", "vo", "pe", "zu", "an", "el"};
    uint32_t state = 2463534242u;
    size_t pos = 0;
    while (pos < size) {
        int syllables_in_word = 1 + next_random(&state) % 3;
        for (int k = 0; k < syllables_in_word && pos + 2 < size; k++) {
            const char *s = syllables[next_random(&state) % 12];
            text[pos++] = s[0];
            text[pos++] = s[1];
        }
        text[pos++] = (next_random(&state) % 16 == 0) ? '\n' : ' ';
    }
    text[size] = 0;

    size_t capacity = 1 << 16, used = 0;
    Entry *table = calloc(capacity, sizeof(Entry));
    size_t words = 0;
    for (size_t i = 0; i < size;) {
        while (i < size && (text[i] == ' ' || text[i] == '\n')) i++;
        size_t start = i;
        while (i < size && text[i] != ' ' && text[i] != '\n') i++;
        size_t n = i - start;
        if (n == 0) continue;
        words++;
        uint32_t slot = hash(text + start, n) & (capacity - 1);
        while (table[slot].word && !(strlen(table[slot].word) == n && memcmp(table[slot].word, text + start, n) == 0))
            slot = (slot + 1) & (capacity - 1);
        if (!table[slot].word) {
            table[slot].word = strndup(text + start, n);
            used++;
        }
        table[slot].count++;
    }
    Entry *list = malloc(used * sizeof(Entry));
    size_t k = 0;
    for (size_t i = 0; i < capacity; i++) if (table[i].word) list[k++] = table[i];
    qsort(list, used, sizeof(Entry), by_count);
    uint32_t checksum = 0;
    for (size_t i = 0; i < used; i++) checksum = checksum * 31 + list[i].count + hash(list[i].word, strlen(list[i].word));
    printf("%zu words, %zu distinct, checksum %u\n", words, used, checksum);
    for (size_t i = 0; i < 10 && i < used; i++) printf("%s %u\n", list[i].word, list[i].count);
    return 0;
}
