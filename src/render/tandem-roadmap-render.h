/* tandem-roadmap-render.h
 *
 * Copyright 2026 The Tandem developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "tandem-layout.h"
#include "tandem-snapshots.h"

G_BEGIN_DECLS

/* A card's box on paper, in points at natural size. */
#define TANDEM_CARD_WIDTH  176.0
#define TANDEM_CARD_HEIGHT 74.0

typedef struct _TandemRoadmapRender TandemRoadmapRender;

/* Where a card's pieces of text went, in Pango units from the card's corner;
 * an empty rectangle for a piece not drawn. */
typedef struct
{
  PangoRectangle title;
  PangoRectangle status;
  PangoRectangle score;
  PangoRectangle owners;
} TandemCardText;

TandemRoadmapRender *tandem_roadmap_render_new         (TandemRoadmap           *roadmap,
                                                        TandemRoadmap           *before,
                                                        GPtrArray               *changes,
                                                        const TandemPageOptions *options);
void                 tandem_roadmap_render_free        (TandemRoadmapRender     *self);
guint                tandem_roadmap_render_get_n_pages (TandemRoadmapRender     *self);
guint                tandem_roadmap_render_get_n_board_pages (TandemRoadmapRender *self);
const TandemPageOptions *
                     tandem_roadmap_render_get_options (TandemRoadmapRender     *self);
void                 tandem_roadmap_render_draw_page   (TandemRoadmapRender     *self,
                                                        cairo_t                 *cr,
                                                        guint                    page);
void                 tandem_roadmap_render_card        (cairo_t                 *cr,
                                                        const TandemRoadmapCard *card,
                                                        double                   width,
                                                        double                   height,
                                                        TandemCardText          *text);
GPtrArray           *tandem_roadmap_render_export      (TandemRoadmapRender     *self,
                                                        const char              *format,
                                                        const char              *path,
                                                        double                   dpi,
                                                        GError                 **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (TandemRoadmapRender, tandem_roadmap_render_free)

G_END_DECLS
