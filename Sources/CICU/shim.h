#ifndef CICU_SHIM_H
#define CICU_SHIM_H
/* Debian's ICU renames every symbol with a version suffix (ubrk_open -> ubrk_open_72) through
   function-like macros that Swift cannot import. These wrappers carry no suffix, so the code
   builds against any ICU version. */
#include <unicode/utypes.h>
#include <unicode/uchar.h>
#include <unicode/ustring.h>
#include <unicode/ubrk.h>
#include <unicode/unorm2.h>
#include <unicode/uversion.h>
#define CICU_INLINE static inline __attribute__((always_inline))

CICU_INLINE const char *cicu_errorName(UErrorCode c) { return u_errorName(c); }
CICU_INLINE void cicu_getVersion(UVersionInfo v) { u_getVersion(v); }

/* character properties */
CICU_INLINE int8_t cicu_charType(UChar32 c) { return u_charType(c); }
CICU_INLINE UBool cicu_isalpha(UChar32 c) { return u_isalpha(c); }
CICU_INLINE UBool cicu_isdigit(UChar32 c) { return u_isdigit(c); }
CICU_INLINE UBool cicu_isUWhiteSpace(UChar32 c) { return u_isUWhiteSpace(c); }
CICU_INLINE UChar32 cicu_foldCase(UChar32 c) { return u_foldCase(c, U_FOLD_CASE_DEFAULT); }
CICU_INLINE UChar32 cicu_toupper(UChar32 c) { return u_toupper(c); }
CICU_INLINE int32_t cicu_combiningClass(UChar32 c) { return u_getCombiningClass(c); }

/* normalisation */
CICU_INLINE const UNormalizer2 *cicu_nfc(UErrorCode *st) { return unorm2_getNFCInstance(st); }
CICU_INLINE const UNormalizer2 *cicu_nfd(UErrorCode *st) { return unorm2_getNFDInstance(st); }
CICU_INLINE int32_t cicu_normalize(const UNormalizer2 *n, const UChar *src, int32_t len, UChar *dest, int32_t cap, UErrorCode *st) { return unorm2_normalize(n, src, len, dest, cap, st); }
CICU_INLINE int32_t cicu_getDecomposition(const UNormalizer2 *n, UChar32 c, UChar *dest, int32_t cap, UErrorCode *st) { return unorm2_getDecomposition(n, c, dest, cap, st); }
CICU_INLINE UBool cicu_hasBoundaryBefore(const UNormalizer2 *n, UChar32 c) { return unorm2_hasBoundaryBefore(n, c); }
CICU_INLINE UNormalizationCheckResult cicu_quickCheck(const UNormalizer2 *n, const UChar *s, int32_t len, UErrorCode *st) { return unorm2_quickCheck(n, s, len, st); }

/* case folding of a whole string */
CICU_INLINE int32_t cicu_strFoldCase(UChar *dest, int32_t cap, const UChar *src, int32_t len, UErrorCode *st) { return u_strFoldCase(dest, cap, src, len, U_FOLD_CASE_DEFAULT, st); }

/* break iteration (sentence boundaries are a cross-check in tests; the hot path is our own) */
CICU_INLINE UBreakIterator *cicu_ubrk_open(UBreakIteratorType t, const char *loc, const UChar *text, int32_t len, UErrorCode *st) { return ubrk_open(t, loc, text, len, st); }
CICU_INLINE int32_t cicu_ubrk_first(UBreakIterator *bi) { return ubrk_first(bi); }
CICU_INLINE int32_t cicu_ubrk_next(UBreakIterator *bi) { return ubrk_next(bi); }
CICU_INLINE int32_t cicu_ubrk_getRuleStatus(UBreakIterator *bi) { return ubrk_getRuleStatus(bi); }
CICU_INLINE void cicu_ubrk_close(UBreakIterator *bi) { ubrk_close(bi); }
#endif
