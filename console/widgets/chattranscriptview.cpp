#include "chattranscriptview.h"

#include "chatmessagemodel.h"
#include "displayformat.h"
#include "qtcompat.h"

#include <QAbstractItemModel>
#include <QEvent>
#include <QScrollBar>
#include <QTextBlock>
#include <QTextCursor>

using namespace Qt::StringLiterals;

namespace fw {

ChatTranscriptView::ChatTranscriptView(QWidget *parent)
    : QTextEdit(parent)
{
    setReadOnly(true);
    setAcceptRichText(false);
    setUndoRedoEnabled(false);
    setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    // No resource loading at all: the document only ever holds text we inserted as text.
    document()->setMetaInformation(QTextDocument::DocumentUrl, QString());
}

void ChatTranscriptView::setModel(QAbstractItemModel *model)
{
    if (m_model)
        disconnect(m_model, nullptr, this, nullptr);
    m_model = model;
    if (model) {
        connect(model, &QAbstractItemModel::modelReset, this, &ChatTranscriptView::rebuild);
        connect(model, &QAbstractItemModel::dataChanged, this, &ChatTranscriptView::rebuild);
        connect(model, &QAbstractItemModel::rowsInserted, this,
                [this](const QModelIndex &, int first, int last) {
                    if (last == m_model->rowCount() - 1 &&
                        first == m_model->rowCount() - 1 - (last - first) &&
                        document()->blockCount() > 1) {
                        for (int r = first; r <= last; ++r)
                            appendEntry(r);
                    } else {
                        rebuild();
                    }
                });
    }
    rebuild();
}

void ChatTranscriptView::rebuild()
{
    clear();
    if (!m_model)
        return;
    for (int r = 0; r < m_model->rowCount(); ++r)
        appendEntry(r);
}

void ChatTranscriptView::appendEntry(int row)
{
    const QModelIndex i = m_model->index(row, 0);
    const bool help = i.data(ChatMessageModel::KindRole).toString() == "help"_L1;
    const bool fromVisitor = i.data(ChatMessageModel::FromVisitorRole).toBool();
    const QString author = i.data(ChatMessageModel::AuthorRole).toString();
    const QString text = i.data(ChatMessageModel::TextRole).toString();
    const qint64 at = i.data(ChatMessageModel::AtRole).toLongLong();

    const bool atBottom = verticalScrollBar()->value() >= verticalScrollBar()->maximum() - 4;
    QTextCursor c(document());
    c.movePosition(QTextCursor::End);
    if (!document()->isEmpty())
        c.insertBlock();

    const int em = fontMetrics().averageCharWidth();
    QTextBlockFormat head;
    head.setTopMargin(em);
    QTextBlockFormat body;
    body.setBottomMargin(em / 2);
    // Bubbles tinted for the desktop's light or dark scheme, with text to match.
    const bool dark = compat::prefersDarkColours();
    QColor bg;
    if (help) {
        bg = dark ? QColor(0x4a, 0x1f, 0x24) : QColor(0xff, 0xeb, 0xee);
    } else if (fromVisitor) {
        bg = dark ? QColor(0x30, 0x33, 0x36) : QColor(0xf1, 0xf3, 0xf4);
    } else {
        bg = dark ? QColor(0x0d, 0x33, 0x5e) : QColor(0xe3, 0xf2, 0xfd);
        head.setLeftMargin(em * 8);
        body.setLeftMargin(em * 8);
    }
    head.setBackground(bg);
    body.setBackground(bg);
    if (help) {
        head.setLeftMargin(0);
        body.setLeftMargin(0);
    }

    QTextCharFormat meta;
    if (help)
        meta.setForeground(dark ? QColor(0xff, 0x8a, 0x80) : QColor(0xb7, 0x1c, 0x1c));
    else
        meta.setForeground(dark ? QColor(0xb0, 0xb6, 0xbc) : QColor(0x5f, 0x63, 0x68));
    meta.setFontWeight(QFont::Bold);
    QTextCharFormat plain;
    plain.setForeground(dark ? QColor(0xe8, 0xea, 0xed) : QColor(0x20, 0x21, 0x24));

    c.setBlockFormat(head);
    QString header = author + u"  ·  "_s + format::timeOfDay(at);
    if (help) {
        const auto kind = HelpKind(i.data(ChatMessageModel::HelpKindRole).toInt());
        header = tr("HELP REQUEST (%1)").arg(format::helpKind(kind)) + u"  ·  "_s + header;
        if (i.data(ChatMessageModel::ResolvedRole).toBool()) {
            const QString by = i.data(ChatMessageModel::ResolvedByRole).toString();
            header += u"  ·  "_s + (by.isEmpty() ? tr("resolved") : tr("resolved by %1").arg(by));
        }
    }
    c.insertText(header, meta);
    c.insertBlock(body, plain);
    c.insertText(text, plain);
    if (atBottom)
        verticalScrollBar()->setValue(verticalScrollBar()->maximum());
}

void ChatTranscriptView::changeEvent(QEvent *event)
{
    QTextEdit::changeEvent(event);
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::PaletteChange)
        rebuild();
}

} // namespace fw
