#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QStackedWidget;
class QTabWidget;
class QTableView;

namespace fw {

class ConsoleSession;
class ElidedLabel;
class StateBadge;

// The focused visitor (Fig. 2): profile, current page and dwell, the URL trail as a live
// timeline with the current page highlighted, and the behaviour timeline with evidence. The
// tabs leave room for the promotions of a later issue.
class VisitorDetailWidget : public QWidget
{
    Q_OBJECT
public:
    explicit VisitorDetailWidget(ConsoleSession *session, QWidget *parent = nullptr);

    QString sessionId() const { return m_sessionId; }
    QTableView *trailView() const { return m_trailView; }
    QTableView *statesView() const { return m_statesView; }

signals:
    void chatRequested(const QString &sessionId);
    void claimRequested(const QString &sessionId, bool force);
    void releaseRequested(const QString &sessionId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void showVisitor(const QString &sessionId);
    void refresh();
    void refreshTimes();
    void retranslate();
    QLabel *addField(int row, int column, ElidedLabel **value);

    ConsoleSession *m_session;
    QString m_sessionId;
    QStackedWidget *m_stack;
    QLabel *m_empty;
    ElidedLabel *m_name;
    QLabel *m_verified;
    StateBadge *m_badge;
    ElidedLabel *m_evidence;
    QLabel *m_left;
    QPushButton *m_claim;
    QPushButton *m_chat;
    QList<QLabel *> m_fieldLabels;
    ElidedLabel *m_customer = nullptr;
    ElidedLabel *m_ageGender = nullptr;
    ElidedLabel *m_purchases = nullptr;
    ElidedLabel *m_device = nullptr;
    ElidedLabel *m_language = nullptr;
    ElidedLabel *m_referrer = nullptr;
    ElidedLabel *m_page = nullptr;
    ElidedLabel *m_url = nullptr;
    ElidedLabel *m_dwell = nullptr;
    ElidedLabel *m_onSite = nullptr;
    ElidedLabel *m_pages = nullptr;
    ElidedLabel *m_claimedBy = nullptr;
    QTabWidget *m_tabs;
    QTableView *m_trailView;
    QTableView *m_statesView;
};

} // namespace fw
