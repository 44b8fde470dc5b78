/* tandem-ical.h
 *
 * Copyright 2026 The Tandem developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "tandem-format.h"

G_BEGIN_DECLS

#define TANDEM_ICAL_UID_DOMAIN "tandemplanner.github.io"

char     *tandem_ical_export         (TandemWorkspace  *workspace,
                                      GDateTime        *stamp);
gboolean  tandem_ical_export_to_file (TandemWorkspace  *workspace,
                                      GFile            *file,
                                      GCancellable     *cancellable,
                                      GError          **error);

G_END_DECLS
