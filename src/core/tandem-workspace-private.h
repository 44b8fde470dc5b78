/* tandem-workspace-private.h
 *
 * Copyright 2026 The Tandem developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * For the readers, which build a new workspace before anyone sees it.
 */

#pragma once

#include "tandem-workspace.h"

G_BEGIN_DECLS

void       _tandem_workspace_load_append   (TandemWorkspace *self,
                                            TandemObject    *parent,
                                            TandemObject    *object);
GPtrArray *_tandem_workspace_list_objects  (TandemWorkspace *self);

G_END_DECLS
