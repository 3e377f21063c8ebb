#ifndef CICU_SHIM_H
#define CICU_SHIM_H
/* Debian's ICU renames every symbol with a version suffix (u_foldCase -> u_foldCase_72) through
   function-like macros that Swift cannot import. These wrappers carry no suffix, so the code
   builds against any ICU version. Only what CircText calls is wrapped. */
#include <unicode/utypes.h>
#include <unicode/uchar.h>
#include <unicode/unorm2.h>
#define CICU_INLINE static inline __attribute__((always_inline))

/* character properties */
CICU_INLINE int8_t cicu_charType(UChar32 c) { return u_charType(c); }
CICU_INLINE UBool cicu_isalpha(UChar32 c) { return u_isalpha(c); }
CICU_INLINE UBool cicu_isdigit(UChar32 c) { return u_isdigit(c); }
CICU_INLINE UChar32 cicu_foldCase(UChar32 c) { return u_foldCase(c, U_FOLD_CASE_DEFAULT); }
CICU_INLINE int32_t cicu_combiningClass(UChar32 c) { return u_getCombiningClass(c); }

/* normalisation */
CICU_INLINE const UNormalizer2 *cicu_nfc(UErrorCode *st) { return unorm2_getNFCInstance(st); }
CICU_INLINE const UNormalizer2 *cicu_nfd(UErrorCode *st) { return unorm2_getNFDInstance(st); }
CICU_INLINE int32_t cicu_normalize(const UNormalizer2 *n, const UChar *src, int32_t len, UChar *dest, int32_t cap, UErrorCode *st) { return unorm2_normalize(n, src, len, dest, cap, st); }
CICU_INLINE int32_t cicu_getDecomposition(const UNormalizer2 *n, UChar32 c, UChar *dest, int32_t cap, UErrorCode *st) { return unorm2_getDecomposition(n, c, dest, cap, st); }
#endif
