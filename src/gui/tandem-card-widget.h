/* tandem-card-widget.h
 *
 * Copyright 2026 The Tandem developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "tandem-core.h"
#include "tandem-snapshots.h"

G_BEGIN_DECLS

#define TANDEM_TYPE_CARD_WIDGET (tandem_card_widget_get_type ())

G_DECLARE_FINAL_TYPE (TandemCardWidget, tandem_card_widget, TANDEM, CARD_WIDGET, GtkWidget)

GtkWidget    *tandem_card_widget_new               (void);
TandemObject *tandem_card_widget_get_card          (TandemCardWidget *self);
void          tandem_card_widget_bind              (TandemCardWidget *self,
                                                    TandemBoardModel *model,
                                                    TandemObject     *card);
void          tandem_card_widget_unbind            (TandemCardWidget *self);
void          tandem_card_widget_update            (TandemCardWidget *self);
void          tandem_card_widget_set_selected      (TandemCardWidget *self,
                                                    gboolean          selected);
const char   *tandem_card_widget_get_evidence_text (TandemCardWidget *self);
void          tandem_card_widget_set_change        (TandemCardWidget   *self,
                                                    const TandemChange *change);
const char   *tandem_card_widget_get_change_text   (TandemCardWidget *self);

G_END_DECLS
