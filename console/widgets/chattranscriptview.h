#pragma once

#include <QTextEdit>

class QAbstractItemModel;

namespace fw {

// Renders a conversation (ChatMessageModel) as a read-only transcript. Every message is
// inserted with QTextCursor::insertText, which never reads markup: visitor text stays text.
class ChatTranscriptView : public QTextEdit
{
    Q_OBJECT
public:
    explicit ChatTranscriptView(QWidget *parent = nullptr);

    void setModel(QAbstractItemModel *model);

protected:
    void changeEvent(QEvent *event) override;

private:
    void rebuild();
    void appendEntry(int row);

    QAbstractItemModel *m_model = nullptr;
};

} // namespace fw
