"""The wizard's passphrase strength words and zxcvbn's advice, in the interface language.

zxcvbn writes its feedback as a fixed set of English sentences (``zxcvbn/feedback.py``).
Each is listed here for lupdate under the context ``passphrase``; the sentence zxcvbn
returns is the key it is looked up by. A sentence this table does not know (a newer
zxcvbn) is shown only in the English interface: elsewhere the hint keeps its translated
strength word and leaves the English out.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from app.domain import i18n
from app.gui.util import language

CONTEXT = "passphrase"

#: zxcvbn's score 0-4 as a word.
STRENGTH = (
    QT_TRANSLATE_NOOP("passphrase", "Very weak"),
    QT_TRANSLATE_NOOP("passphrase", "Weak"),
    QT_TRANSLATE_NOOP("passphrase", "Fair"),
    QT_TRANSLATE_NOOP("passphrase", "Good"),
    QT_TRANSLATE_NOOP("passphrase", "Strong"),
)

#: Every warning and suggestion zxcvbn 4.x can give, as it writes them.
ADVICE = frozenset((
    QT_TRANSLATE_NOOP("passphrase", "Use a few words, avoid common phrases."),
    QT_TRANSLATE_NOOP("passphrase", "No need for symbols, digits, or uppercase letters."),
    QT_TRANSLATE_NOOP("passphrase", "Add another word or two. Uncommon words are better."),
    QT_TRANSLATE_NOOP("passphrase", "Straight rows of keys are easy to guess."),
    QT_TRANSLATE_NOOP("passphrase", "Short keyboard patterns are easy to guess."),
    QT_TRANSLATE_NOOP("passphrase", "Use a longer keyboard pattern with more turns."),
    QT_TRANSLATE_NOOP("passphrase", 'Repeats like "aaa" are easy to guess.'),
    QT_TRANSLATE_NOOP("passphrase",
                      'Repeats like "abcabcabc" are only slightly harder to guess than "abc".'),
    QT_TRANSLATE_NOOP("passphrase", "Avoid repeated words and characters."),
    QT_TRANSLATE_NOOP("passphrase", 'Sequences like "abc" or "6543" are easy to guess.'),
    QT_TRANSLATE_NOOP("passphrase", "Avoid sequences."),
    QT_TRANSLATE_NOOP("passphrase", "Recent years are easy to guess."),
    QT_TRANSLATE_NOOP("passphrase", "Avoid recent years."),
    QT_TRANSLATE_NOOP("passphrase", "Avoid years that are associated with you."),
    QT_TRANSLATE_NOOP("passphrase", "Dates are often easy to guess."),
    QT_TRANSLATE_NOOP("passphrase", "Avoid dates and years that are associated with you."),
    QT_TRANSLATE_NOOP("passphrase", "This is a top-10 common password."),
    QT_TRANSLATE_NOOP("passphrase", "This is a top-100 common password."),
    QT_TRANSLATE_NOOP("passphrase", "This is a very common password."),
    QT_TRANSLATE_NOOP("passphrase", "This is similar to a commonly used password."),
    QT_TRANSLATE_NOOP("passphrase", "A word by itself is easy to guess."),
    QT_TRANSLATE_NOOP("passphrase", "Names and surnames by themselves are easy to guess."),
    QT_TRANSLATE_NOOP("passphrase", "Common names and surnames are easy to guess."),
    QT_TRANSLATE_NOOP("passphrase", "Capitalization doesn't help very much."),
    QT_TRANSLATE_NOOP("passphrase",
                      "All-uppercase is almost as easy to guess as all-lowercase."),
    QT_TRANSLATE_NOOP("passphrase", "Reversed words aren't much harder to guess."),
    QT_TRANSLATE_NOOP("passphrase",
                      "Predictable substitutions like '@' instead of 'a' don't help very much."),
))


def strength_word(score: int) -> str:
    """zxcvbn's 0-4 score as a translated word ('Fair')."""
    return QCoreApplication.translate(CONTEXT, STRENGTH[max(0, min(score, 4))])


def advice_sentence(sentence: str) -> str:
    """One zxcvbn sentence in the interface language ('' when it has no translation
    and the interface is not English)."""
    if sentence in ADVICE:
        return QCoreApplication.translate(CONTEXT, sentence)
    return sentence if language() == i18n.DEFAULT else ""


def advice_text(feedback: dict[str, object]) -> str:
    """zxcvbn's warning, or else its suggestions, translated and joined by spaces."""
    warning = advice_sentence(str(feedback.get("warning") or ""))
    if warning:
        return warning
    suggestions = feedback.get("suggestions") or []
    sentences = suggestions if isinstance(suggestions, Iterable) else []
    return " ".join(s for s in (advice_sentence(str(x)) for x in sentences) if s)
