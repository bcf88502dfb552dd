#pragma once

#include "support/Error.h"

#include <utility>
#include <variant>

namespace gb {

/// A value or an Error: what core functions return instead of throwing. Check `ok()` before
/// `value()`; calling `value()` on an error (or `error()` on a value) is a programmer error.
template <typename T>
class [[nodiscard]] Result {
public:
    Result(T value) : m_state(std::move(value)) {}
    Result(Error error) : m_state(std::move(error)) {}

    bool ok() const { return std::holds_alternative<T>(m_state); }
    explicit operator bool() const { return ok(); }

    const T &value() const & { return std::get<T>(m_state); }
    T &value() & { return std::get<T>(m_state); }
    T &&value() && { return std::get<T>(std::move(m_state)); }
    const T &operator*() const & { return value(); }
    const T *operator->() const { return &value(); }
    T *operator->() { return &value(); }

    const Error &error() const { return std::get<Error>(m_state); }

private:
    std::variant<T, Error> m_state;
};

/// Result of an operation that yields nothing but may fail.
struct Done {};
using Status = Result<Done>;

inline Error makeError(QString code, QString message, QString file = {}, qint64 line = 0)
{
    return Error{std::move(code), std::move(message), std::move(file), line};
}

} // namespace gb
