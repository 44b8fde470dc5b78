/* tandem-card-editor.h
 *
 * Copyright 2026 The Tandem developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "tandem-core.h"

G_BEGIN_DECLS

#define TANDEM_TYPE_CARD_EDITOR (tandem_card_editor_get_type ())

G_DECLARE_FINAL_TYPE (TandemCardEditor, tandem_card_editor, TANDEM, CARD_EDITOR, GtkWidget)

TandemObject *tandem_card_editor_get_card (TandemCardEditor *self);
void          tandem_card_editor_set_card (TandemCardEditor *self,
                                           TandemBoardModel *model,
                                           TandemObject     *card);

/* For tests. */
GtkEditable  *_tandem_card_editor_get_editable   (TandemCardEditor *self,
                                                  const char       *field);
GtkTextBuffer *_tandem_card_editor_get_buffer    (TandemCardEditor *self,
                                                  const char       *field);
const char   *_tandem_card_editor_get_score_text (TandemCardEditor *self);
const char   *_tandem_card_editor_get_last_edit_text (TandemCardEditor *self);
guint         _tandem_card_editor_get_n_evidence (TandemCardEditor *self);

G_END_DECLS
