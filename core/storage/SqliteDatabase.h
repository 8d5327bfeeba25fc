#pragma once

// A thin RAII layer over the SQLite C API: one connection and its prepared statements. No Qt Sql: the project file
// needs exact control over transactions, journal mode, read-only opens and binding speed.

#include <QByteArray>
#include <QString>

#include <memory>

struct sqlite3;
struct sqlite3_stmt;

namespace etp::storage {

/// A prepared statement; finalized when it goes out of scope.
class SqliteStatement {
public:
    SqliteStatement() = default;
    explicit SqliteStatement(sqlite3_stmt *statement)
        : m_statement(statement)
    {
    }
    SqliteStatement(SqliteStatement &&other) noexcept;
    SqliteStatement &operator=(SqliteStatement &&other) noexcept;
    SqliteStatement(const SqliteStatement &) = delete;
    SqliteStatement &operator=(const SqliteStatement &) = delete;
    ~SqliteStatement();

    bool isValid() const { return m_statement != nullptr; }
    sqlite3_stmt *handle() const { return m_statement; }

    // Binding (1-based, as SQLite counts). Text is bound without a copy: the string must outlive the next step().
    void bindNull(int index);
    void bindInt(int index, qint64 value);
    void bindDouble(int index, double value);
    void bindText(int index, const QString &text);
    /// Binds UTF-8 bytes, copied by SQLite (for temporaries such as JSON text).
    void bindUtf8Copy(int index, const QByteArray &utf8);
    /// Binds a NUL-terminated Latin-1 literal that lives for the whole program (enum names).
    void bindStaticLatin1(int index, const char *text);

    /// Steps once; returns the SQLite result code (SQLITE_ROW, SQLITE_DONE or an error).
    int step();
    /// Resets the statement for the next row (bindings are overwritten by the next bind calls).
    void reset();

    // Reading the current row (0-based, as SQLite counts).
    bool isNull(int column) const;
    qint64 columnInt(int column) const;
    double columnDouble(int column) const;
    QString columnText(int column) const;
    QByteArray columnUtf8(int column) const;

private:
    sqlite3_stmt *m_statement = nullptr;
};

/// One SQLite connection; closed when it goes out of scope.
class SqliteDatabase {
public:
    enum class Mode { ReadOnly, ReadWrite, Create };

    SqliteDatabase() = default;
    SqliteDatabase(SqliteDatabase &&other) noexcept;
    SqliteDatabase &operator=(SqliteDatabase &&other) noexcept;
    SqliteDatabase(const SqliteDatabase &) = delete;
    SqliteDatabase &operator=(const SqliteDatabase &) = delete;
    ~SqliteDatabase();

    /// Opens `path` (":memory:" for a private in-memory database). Returns false and sets lastError() on failure.
    bool open(const QString &path, Mode mode);
    void close();
    bool isOpen() const { return m_db != nullptr; }
    sqlite3 *handle() const { return m_db; }

    /// Runs one or more statements without results. Returns false and sets lastError() on failure.
    bool exec(const QString &sql);
    /// Prepares a statement meant to be reused many times; invalid on failure (see lastError()).
    SqliteStatement prepare(const QString &sql);
    /// Runs a query returning one integer (a pragma, a count); nullopt-like failure is reported as `ok == false`.
    qint64 queryInt(const QString &sql, bool *ok);
    /// Runs a query returning one text value.
    QString queryText(const QString &sql, bool *ok);

    /// The message and extended result code of the last failure on this connection.
    QString lastError() const { return m_lastError; }
    int lastErrorCode() const { return m_lastErrorCode; }
    /// Records the connection's current error (after a failed step on one of its statements).
    void captureError();

private:
    sqlite3 *m_db = nullptr;
    QString m_lastError;
    int m_lastErrorCode = 0;
};

} // namespace etp::storage
