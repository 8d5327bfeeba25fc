#pragma once

#include "FileFingerprint.h"
#include "model/Project.h"
#include "model/Result.h"

#include <QObject>

#include <memory>

class QLockFile;

namespace etp {

/// A project open in the application: the project in memory (edits live here until save), the file it belongs to,
/// and the sidecar lock (<file>.lock) that marks the file open for editing. A second editor of the same file, or a
/// reviewer who asks for it, gets the project read-only: no lock, no side file, no byte of the file changed.
class ProjectDocument : public QObject {
    Q_OBJECT

public:
    /// A new, untitled, editable project with no file yet.
    explicit ProjectDocument(QObject *parent = nullptr);
    ~ProjectDocument() override;

    /// Opens `path` for editing (again, when this document already edits it: unsaved edits are dropped). When another
    /// editor holds the file's lock (or the file or its folder cannot be written), the project is opened read-only
    /// instead and readOnlyReason() says why. Fails (leaving this document as it was) when the file cannot be read.
    Status open(const QString &path);
    /// Opens `path` read-only for review: no lock file, no journal, no byte or timestamp changed.
    Status openReadOnly(const QString &path);

    /// Closes the file (releasing its lock) and starts a new, untitled, editable project.
    void close();

    /// What save() does with a file that someone else replaced, changed or deleted since this document opened or
    /// last saved it.
    enum class IfChanged {
        Refuse,   ///< write nothing and fail with changed-on-disk, so the person can choose Save As or Overwrite
        Overwrite ///< write the whole project as a new file renamed over whatever is there now
    };

    /// Writes the whole project to its file in one transaction. Fails when read-only or untitled, and (before
    /// writing anything) with changed-on-disk when the file is no longer the one opened or last saved here.
    Status save(IfChanged ifChanged = IfChanged::Refuse);
    /// Writes the whole project to `path` (a new file renamed into place) and continues editing there, holding that
    /// file's lock; the lock of the previous file is released. Fails when another editor holds `path`. Choosing the
    /// document's own file again overwrites it, even when someone else changed it.
    Status saveAs(const QString &path);

    /// Whether the file is no longer the one this document opened or last saved: replaced (another file renamed
    /// over it), changed (written by someone else) or deleted. Always false for an untitled document.
    bool changedOnDisk() const;

    const Project &project() const { return m_project; }
    /// The project for editing; marks the document modified.
    Project &edit();
    /// Replaces the whole project; marks the document modified.
    void setProject(Project project);

    QString path() const { return m_path; }
    bool isModified() const { return m_modified; }
    void setModified(bool modified);
    bool isReadOnly() const { return m_readOnly; }
    /// Why the document is read-only (empty when editable): another editor holds the lock, or review was asked for.
    QString readOnlyReason() const { return m_readOnlyReason; }

Q_SIGNALS:
    void modifiedChanged(bool modified);
    void pathChanged(const QString &path);
    void readOnlyChanged(bool readOnly);

private:
    void adopt(const QString &path, Project project, std::shared_ptr<QLockFile> lock, const QString &readOnlyReason);

    Project m_project;
    QString m_path;
    std::shared_ptr<QLockFile> m_lock;
    storage::FileFingerprint m_fingerprint; ///< the file as last opened or saved here
    bool m_modified = false;
    bool m_readOnly = false;
    QString m_readOnlyReason;
};

} // namespace etp
