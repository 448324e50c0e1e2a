#!/usr/bin/env python3
"""Draws the demo shop's product pictures (img/p-NNN.svg) and logo from catalogue.json.

Plain SVG, no fonts and no network, so the shop looks the same offline and in tests.
Run from anywhere: python3 resources/demo-shop/img/make-images.py
"""
import hashlib
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
CAT = json.load(open(os.path.join(HERE, '..', 'catalogue.json'), encoding='utf-8'))

# Garment colours by material tag; the first matching tag wins.
COLOURS = [('denim', '#3b5b8c'), ('cashmere', '#c9a27e'), ('alpaca', '#d8c9b0'), ('merino', '#6d7f6a'),
           ('linen', '#e6dcc8'), ('silk', '#e8c7c8'), ('corduroy', '#8a5a3c'), ('flannel', '#9c3d3d'),
           ('suede', '#a07850'), ('leather', '#5a3a28'), ('canvas', '#ece6d8'), ('nylon', '#2f3b45'),
           ('down', '#2e4a3f'), ('faux-fur', '#b48e6a'), ('sport', '#e4572e'), ('wool', '#7a6f66'),
           ('cotton', '#f1efe9'), ('pleats', '#4a5568')]
BACKS = ['#f3efe9', '#eef2f0', '#f2eef3', '#eef1f5', '#f5f1ea', '#f0f3ee']


def shade(hex_colour, f):
    r, g, b = (int(hex_colour[i:i + 2], 16) for i in (1, 3, 5))
    return '#%02x%02x%02x' % tuple(max(0, min(255, int(c * f))) for c in (r, g, b))


def colour(p):
    for tag, c in COLOURS:
        if tag in p['tags']:
            # Vary the shade a little per product so that neighbours differ.
            h = int(hashlib.sha1(p['id'].encode()).hexdigest()[:2], 16) / 255
            return shade(c, 0.85 + 0.3 * h)
    return '#8899aa'


# One silhouette per kind of thing, in a 400x400 box.
SHAPES = {
    'coat': 'M150 70 L250 70 L300 100 L330 330 L285 335 L275 160 L270 350 L130 350 L125 160 L115 335 L70 330 L100 100 Z',
    'jacket': 'M145 80 L255 80 L310 110 L330 280 L290 285 L280 170 L280 300 L120 300 L120 170 L110 285 L70 280 L90 110 Z',
    'vest': 'M150 80 L180 80 L200 130 L220 80 L250 80 L290 120 L285 310 L115 310 L110 120 Z',
    'sweater': 'M140 85 L260 85 L320 120 L345 300 L300 305 L285 170 L285 320 L115 320 L115 170 L100 305 L55 300 L80 120 Z',
    'shirt': 'M150 80 L200 105 L250 80 L315 110 L340 250 L300 258 L282 165 L285 330 L115 330 L118 165 L100 258 L60 250 L85 110 Z',
    'trousers': 'M130 70 L270 70 L285 340 L220 340 L200 150 L180 340 L115 340 Z',
    'skirt': 'M140 90 L260 90 L310 320 L90 320 Z',
    'boot': 'M150 80 L230 80 L235 250 L320 275 L330 320 L140 320 Z',
    'sneaker': 'M80 230 L170 190 L230 215 L300 230 L330 270 L330 300 L80 300 Z',
    'flat': 'M80 250 C120 210 250 205 320 240 L330 290 L80 290 Z',
    'tote': 'M110 150 L290 150 L310 330 L90 330 Z',
    'crossbody': 'M120 190 L280 190 L290 310 L110 310 Z',
    'scarf': 'M140 70 L230 70 L230 260 L270 340 L200 340 L175 280 L150 340 L110 340 L140 250 Z',
    'beanie': 'M110 250 C110 120 290 120 290 250 Z',
    'wallet': 'M100 150 L300 150 L300 280 L100 280 Z',
    'backpack': 'M130 110 C130 80 270 80 270 110 L285 330 L115 330 Z',
}
BY_ID = {'P-101': 'coat', 'P-102': 'coat', 'P-103': 'jacket', 'P-104': 'coat', 'P-105': 'jacket', 'P-106': 'jacket',
         'P-107': 'vest', 'P-205': 'vest', 'P-404': 'skirt', 'P-405': 'skirt', 'P-501': 'boot', 'P-502': 'sneaker',
         'P-503': 'flat', 'P-504': 'boot', 'P-505': 'sneaker', 'P-506': 'flat', 'P-507': 'flat', 'P-601': 'tote',
         'P-602': 'tote', 'P-603': 'crossbody', 'P-604': 'scarf', 'P-605': 'beanie', 'P-606': 'wallet',
         'P-607': 'backpack'}
DEFAULT = {'outer': 'coat', 'knit': 'sweater', 'shirts': 'shirt', 'pants': 'trousers', 'shoes': 'sneaker', 'bags': 'tote'}


def details(shape, ink):
    """A few strokes that make the silhouette read as what it is."""
    def stroke(width=5):
        return f'fill="none" stroke="{ink}" stroke-width="{width}" stroke-linecap="round" stroke-linejoin="round"'
    line = stroke()
    return {
        'coat': f'<path d="M170 72 L200 190 L230 72" {line}/><circle cx="185" cy="220" r="6" fill="{ink}"/><circle cx="185" cy="270" r="6" fill="{ink}"/>',
        'jacket': f'<path d="M200 82 L200 300" {line}/><path d="M150 200 L180 200 M220 200 L250 200" {line}/>',
        'vest': '',
        'sweater': f'<path d="M170 86 C180 110 220 110 230 86" {line}/><path d="M115 300 L285 300" {line}/>',
        'shirt': f'<path d="M200 105 L200 330" {line}/><circle cx="210" cy="150" r="4" fill="{ink}"/><circle cx="210" cy="200" r="4" fill="{ink}"/><circle cx="210" cy="250" r="4" fill="{ink}"/>',
        'trousers': f'<path d="M130 95 L270 95" {line}/>',
        'skirt': f'<path d="M170 95 L150 320 M200 95 L200 320 M230 95 L250 320" {line} opacity=".5"/>',
        'boot': f'<path d="M140 300 L330 300" {line}/>',
        'sneaker': f'<path d="M80 280 L330 280 M175 205 L205 245 M195 200 L225 235" {line}/>',
        'flat': f'<path d="M150 232 C200 250 240 245 270 228" {line}/>',
        'tote': f'<path d="M150 150 C150 80 250 80 250 150" {stroke(10)}/>',
        'crossbody': f'<path d="M130 190 L200 60 L270 190" {line}/><path d="M110 240 L290 240" {line}/>',
        'scarf': f'<path d="M150 330 L150 345 M170 330 L170 345 M215 330 L215 345 M240 330 L240 345" {line}/>',
        'beanie': f'<path d="M105 250 L295 250" {stroke(18)}/><circle cx="200" cy="122" r="16" fill="{ink}"/>',
        'wallet': f'<path d="M100 190 L300 190" {line}/><circle cx="270" cy="225" r="9" fill="{ink}"/>',
        'backpack': f'<path d="M150 220 L250 220 L250 300 L150 300 Z" {line}/>',
    }[shape]


def svg(p, i):
    shape = BY_ID.get(p['id'], DEFAULT[p['category']])
    c = colour(p)
    ink = shade(c, 0.6)
    back = BACKS[i % len(BACKS)]
    return (f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 400 400" width="400" height="400">'
            f'<rect width="400" height="400" fill="{back}"/>'
            f'<ellipse cx="200" cy="352" rx="130" ry="14" fill="#000" opacity=".07"/>'
            f'<path d="{SHAPES[shape]}" fill="{c}" stroke="{ink}" stroke-width="4" stroke-linejoin="round"/>'
            f'{details(shape, ink)}</svg>\n')


for i, p in enumerate(CAT['products']):
    with open(os.path.join(HERE, os.path.basename(p['image'])), 'w', encoding='utf-8') as f:
        f.write(svg(p, i))
with open(os.path.join(HERE, 'logo.svg'), 'w', encoding='utf-8') as f:
    f.write('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64" width="64" height="64">'
            '<rect width="64" height="64" rx="14" fill="#1f5e55"/>'
            '<path d="M14 46 L14 20 L24 34 L32 20 L40 34 L50 20 L50 46" fill="none" stroke="#faf8f5" '
            'stroke-width="6" stroke-linecap="round" stroke-linejoin="round"/></svg>\n')
print('wrote', len(CAT['products']), 'product images and logo.svg')
