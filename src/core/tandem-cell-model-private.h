/* tandem-cell-model-private.h
 *
 * Copyright 2026 The Tandem developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * For the board model only: it decides what a cell holds.
 */

#pragma once

#include "tandem-cell-model.h"

G_BEGIN_DECLS

TandemCellModel *_tandem_cell_model_new    (const char      *column_id,
                                            const char      *lane_id);
void             _tandem_cell_model_add    (TandemCellModel *self,
                                            TandemObject    *card,
                                            const char      *rank);
void             _tandem_cell_model_sort   (TandemCellModel *self);
void             _tandem_cell_model_insert (TandemCellModel *self,
                                            TandemObject    *card,
                                            const char      *rank);
void             _tandem_cell_model_remove (TandemCellModel *self,
                                            TandemObject    *card,
                                            const char      *rank);
void             _tandem_cell_model_rerank (TandemCellModel *self,
                                            TandemObject    *card,
                                            const char      *old_rank,
                                            const char      *new_rank);

G_END_DECLS
