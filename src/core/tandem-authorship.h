/* tandem-authorship.h
 *
 * Copyright 2026 The Tandem developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "tandem-workspace.h"

G_BEGIN_DECLS

const char *tandem_team_to_label (TandemTeam team);
char *tandem_describe_last_edit (TandemWorkspace *workspace,
                                 TandemObject    *object,
                                 GDateTime       *now);

G_END_DECLS
