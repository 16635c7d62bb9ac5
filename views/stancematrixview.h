#pragma once

#include "models/dataset.h"
#include "models/stancematrixmodel.h"

#include <QWidget>

#include <functional>

class QLineEdit;
class QSortFilterProxyModel;
class QTableView;
class Selection;

// The stance matrix: claims down, actors across, what each actor did with each claim in the
// cells. Sort by any column, filter the claims by their words; a click, Enter or Space on a
// cell selects the statement behind it everywhere, and selecting a claim elsewhere finds its
// row here.
class StanceMatrixView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StanceMatrixView)

public:
    explicit StanceMatrixView(Selection *selection, QWidget *parent = nullptr);

    void setDataset(const Dataset &dataset);
    // Shows a dataset whose matrix (StanceMatrixModel::contentOf) was made beforehand. A hidden
    // matrix (another tab is in front) keeps it until it is shown: taking 40k claims' rows
    // stops the window for up to a tenth of a second, better spent when someone looks.
    void setContent(StanceMatrixModel::Content content);
    // The same, with a function that makes the matrix: called at once when the matrix is
    // shown, else when it is first shown.
    void setContent(std::function<StanceMatrixModel::Content()> make);
    QTableView *table() const { return m_table; }
    QLineEdit *filterField() const { return m_filter; }
    StanceMatrixModel *model() const { return m_model; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void takeContent(StanceMatrixModel::Content content);
    void selectStatementOf(const QModelIndex &index);
    void followSelection(const QString &actorId, const QString &statementId);

    Selection *m_selection;
    Dataset m_dataset;
    std::function<StanceMatrixModel::Content()> m_waiting; // content given while hidden
    StanceMatrixModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QLineEdit *m_filter;
    QTableView *m_table;
};
