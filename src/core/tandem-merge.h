/* tandem-merge.h
 *
 * Copyright 2026 The Tandem developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "tandem-conflict.h"
#include "tandem-workspace.h"

G_BEGIN_DECLS

TandemWorkspace *tandem_merge      (TandemWorkspace *base,
                                    TandemWorkspace *mine,
                                    TandemWorkspace *theirs);
char            *tandem_merge_text (const char      *base,
                                    const char      *mine,
                                    const char      *theirs,
                                    gboolean        *conflict);

gboolean         tandem_workspace_resolve_conflict (TandemWorkspace  *workspace,
                                                    TandemConflict   *conflict,
                                                    TandemSide        choice,
                                                    const char       *edited,
                                                    GError          **error);

G_END_DECLS
