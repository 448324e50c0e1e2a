// Strings of shared/ that the console translates. shared/evidencetext.cpp translates through
// a local tr() helper with the context "Evidence", which lupdate cannot see through, so the
// sentences are listed here for the .ts files. tst_translations checks that every evidence
// code comes out translated, so a new or changed sentence in shared/ cannot go unnoticed.
#include <QtGlobal>

namespace {
[[maybe_unused]] const char *const EvidenceStrings[] = {
    QT_TRANSLATE_NOOP("Evidence", "No activity for %1 s on this page (limit %2 s)"),
    QT_TRANSLATE_NOOP("Evidence", "%1 clicks within %2 ms within %3 px"),
    QT_TRANSLATE_NOOP("Evidence", "Returned to the previous page %1 s after leaving it"),
    QT_TRANSLATE_NOOP("Evidence", "%1 page moves in %2 s"),
    QT_TRANSLATE_NOOP("Evidence", "%1 s on product %2"),
    QT_TRANSLATE_NOOP("Evidence", "Scrolling on product %2 after %1 s"),
    QT_TRANSLATE_NOOP("Evidence", "Only scrolling for %1 s (%2 scroll events)"),
    QT_TRANSLATE_NOOP("Evidence", "Tab hidden"),
    QT_TRANSLATE_NOOP("Evidence", "Disconnected for %1 s"),
    QT_TRANSLATE_NOOP("Evidence", "Active on the page"),
    QT_TRANSLATE_NOOP("Visitor", "anonymous #%1"),
};
} // namespace
