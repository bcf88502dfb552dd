#pragma once

/// Marks a small function that a hot loop must not call: the compiler's own judgement keeps
/// some out of line (a number scanner called for every cell of a table, say).
#if defined(__GNUC__)
#define GB_ALWAYS_INLINE [[gnu::always_inline]] inline
#else
#define GB_ALWAYS_INLINE inline
#endif
