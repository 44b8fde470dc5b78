/* tandem-board-ops-private.h
 *
 * Copyright 2026 The Tandem developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "tandem-board-ops.h"

G_BEGIN_DECLS

gboolean _tandem_board_move_cards_in (TandemWorkspace  *workspace,
                                      GListModel       *destination,
                                      TandemObject    **cards,
                                      guint             n_cards,
                                      TandemObject     *column,
                                      TandemObject     *lane,
                                      guint             position,
                                      GError          **error);

G_END_DECLS
