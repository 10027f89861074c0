#ifndef SECONDCALL_CURSES_SHIM_H
#define SECONDCALL_CURSES_SHIM_H

#define NCURSES_WIDECHAR 1
#define _XOPEN_SOURCE_EXTENDED 1
#include <locale.h>
#include <wchar.h>
#include <signal.h>
#include <ncursesw/curses.h>

extern int wcwidth(wchar_t);

static inline WINDOW *sc_stdscr(void) { return stdscr; }
/* Starts curses on the standard streams; NULL (instead of exiting, as initscr does) when it cannot. */
static inline SCREEN *sc_start(void) { return newterm(NULL, stdout, stdin); }
static inline int sc_a_bold(void) { return (int)A_BOLD; }
static inline int sc_a_reverse(void) { return (int)A_REVERSE; }
static inline int sc_a_underline(void) { return (int)A_UNDERLINE; }
static inline int sc_a_dim(void) { return (int)A_DIM; }
static inline int sc_color_pair(int n) { return (int)COLOR_PAIR(n); }

/* Writes one cell: a grapheme given as wide characters (base + combining marks). */
static inline int sc_put_cell(int y, int x, const wchar_t *chars, int attrs, short pair) {
    cchar_t cell;
    if (setcchar(&cell, chars, (attr_t)attrs, pair, NULL) != OK) return ERR;
    return mvadd_wch(y, x, &cell);
}

static inline int sc_key_resize(void) { return KEY_RESIZE; }
#endif
