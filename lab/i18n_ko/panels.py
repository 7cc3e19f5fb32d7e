"""The panels' own words: figures, params, presets, their claims and the What-to-notice notes."""

from __future__ import annotations

EXACT: dict[str, str] = {
    # --- panels ---------------------------------------------------------------------------
    'Activations': '활성화 함수',
    'Initialization': '가중치 초기화',
    'Augmentation': '데이터 증강',
    'PCA & Whitening': 'PCA와 화이트닝',
    'Training': '학습',
    'What to notice': '눈여겨볼 점',
    # --- activations: figures ---------------------------------------------------------------
    'Activation functions: f (solid), f′ (dashed)': '활성화 함수: f (실선), f′ (점선)',
    "highlighted: saturated, |f′| < 0.01; grey: ReLU's dead region (f′ = 0; the lab uses f′(0) = 0, like PyTorch)":
        '강조: 포화, |f′| < 0.01; 회색: ReLU의 죽은 영역 (f′ = 0; PyTorch처럼 f′(0) = 0으로 둠)',
    'Does the gradient survive n layers?': '기울기가 n개 층을 지나도 살아남는가?',
    'Activation functions and their gradients': '활성화 함수와 그 기울기',
    'f (solid), f′ (dashed)': 'f (실선), f′ (점선)',
    'ReLU dead: f′ = 0': '죽은 ReLU: f′ = 0',
    'Outputs f(z), z ~ N(μ, σ²)': '출력 f(z), z ~ N(μ, σ²)',
    'value': '값',
    'fraction per bin': '구간별 비율',
    'E[f′]ⁿ after n layers': 'n개 층을 지난 뒤의 E[f′]ⁿ',
    'layers n': '층 수 n',
    'gradient factor': '기울기 배율',
    'Zig-zag (SGD, batch 1)': '지그재그 (SGD, 배치 1)',
    'start': '시작',
    'optimum w*': '최적점 w*',
    'All-positive inputs make SGD zig-zag': '입력이 모두 양수면 SGD가 지그재그로 움직인다',
    'squared error': '제곱 오차',
    # --- activations: params ----------------------------------------------------------------
    'ELU α: the negative saturation level −α': 'ELU α: 음수 쪽 포화 수준 −α',
    'bins': '구간 수',
    'histogram bins': '히스토그램 구간 수',
    'layers (depth view)': '층 수 (깊이 보기)',
    'number of stacked layers in the gradient-vs-depth view': '깊이에 따른 기울기 보기에서 쌓는 층의 수',
    'functions': '함수',
    'activation functions to overlay (comma-separated)': '겹쳐 그릴 활성화 함수 (쉼표로 구분)',
    'mean μ of the input distribution N(μ, σ²)': '입력 분포 N(μ, σ²)의 평균 μ',
    'curve points': '곡선 점 수',
    'number of x samples per curve': '곡선 하나당 x 표본 수',
    'histogram samples': '히스토그램 표본 수',
    'Monte Carlo samples for the output histogram': '출력 히스토그램의 몬테카를로 표본 수',
    'seed': '시드',
    'Seed': '시드',
    'seed of every random draw (histogram, zig-zag)': '모든 무작위 추출의 시드 (히스토그램, 지그재그)',
    'show f′ (dashed)': 'f′ 표시 (점선)',
    'draw f′ (dashed) beside f (solid)': 'f (실선) 옆에 f′ (점선)를 그림',
    'standard deviation σ of the input distribution': '입력 분포의 표준편차 σ',
    'Leaky slope α': 'Leaky 기울기 α',
    'Leaky ReLU negative slope α (default 0.01)': 'Leaky ReLU의 음수 쪽 기울기 α (기본값 0.01)',
    'saturated if |f′| <': '포화 기준 |f′| <',
    '|f′| below this counts as saturated': '|f′|가 이 값보다 작으면 포화로 셈',
    'x range ±': 'x 범위 ±',
    'the curves are drawn for x in [−x_range, x_range]': '곡선은 x ∈ [−x_range, x_range]에서 그림',
    'batch': '배치',
    'samples averaged per step in the zig-zag view': '지그재그 보기에서 스텝마다 평균하는 표본 수',
    'learning rate': '학습률',
    'learning rate in the zig-zag view': '지그재그 보기의 학습률',
    'steps': '스텝 수',
    'SGD steps in the zig-zag view': '지그재그 보기의 SGD 스텝 수',
    # --- activations: presets ---------------------------------------------------------------
    'Sigmoid kills gradients': 'Sigmoid는 기울기를 죽인다',
    'σ′ ≤ 0.25 and tiny in the tails: wide inputs saturate, and the gradient through 50 layers falls below 0.25ⁿ.':
        'σ′ ≤ 0.25이고 양 끝에서는 아주 작다: 넓게 퍼진 입력은 포화되고, 50개 층을 지난 기울기는 0.25ⁿ 아래로 떨어진다.',
    'Not zero-centred': '0 중심이 아니다',
    'σ(z) has mean 0.5 (tanh: 0); all-positive inputs make SGD zig-zag.':
        'σ(z)의 평균은 0.5 (tanh: 0); 입력이 모두 양수면 SGD가 지그재그로 움직인다.',
    'Dead ReLU': '죽은 ReLU',
    'Pre-activations mostly negative (μ = −3): f′ = 0 for 99.9 % of inputs, the unit never updates.':
        '활성화 전 값이 대부분 음수 (μ = −3): 입력의 99.9 %에서 f′ = 0, 그 유닛은 전혀 업데이트되지 않는다.',
    'Leaky ReLU fixes it': 'Leaky ReLU로 해결',
    'Same inputs: Leaky ReLU (slope 0.01) keeps a small gradient everywhere, nothing is dead.':
        '같은 입력: Leaky ReLU (기울기 0.01)는 어디서나 작은 기울기를 남겨 죽는 유닛이 없다.',
    'ELU: near-zero mean': 'ELU: 0에 가까운 평균',
    'For z ~ N(0, 1): ReLU mean 0.399, ELU mean 0.1605 (std 0.7869).':
        'z ~ N(0, 1)일 때: ReLU 평균 0.399, ELU 평균 0.1605 (표준편차 0.7869).',
    # --- activations: notice (line by line) -------------------------------------------------
    '• Sigmoid kills gradients: σ′ is at most 0.25 (at x = 0) and σ′(5) = 6.65e-3, σ′(10) = 4.54e-5.':
        '• Sigmoid는 기울기를 죽인다: σ′는 최대 0.25 (x = 0에서)이고 σ′(5) = 6.65e-3, σ′(10) = 4.54e-5.',
    'Backprop multiplies by this local gradient at every layer, so through n sigmoid layers the':
        '역전파는 층마다 이 국소 기울기를 곱하므로, sigmoid 층 n개를 지나면',
    'gradient shrinks at least like 0.25ⁿ (depth view, log scale). Shaded: where |f′| < threshold.':
        '기울기는 적어도 0.25ⁿ처럼 줄어든다 (깊이 보기, 로그 눈금). 음영: |f′| < 기준값인 곳.',
    '• Sigmoid is not zero-centred: E[σ(z)] = 0.5 for z ~ N(0, 1) (distribution view). With':
        '• Sigmoid는 0 중심이 아니다: z ~ N(0, 1)이면 E[σ(z)] = 0.5 (분포 보기).',
    'all-positive inputs every weight gradient of a neuron has the same sign, so one update moves':
        '입력이 모두 양수면 한 뉴런의 가중치 기울기는 모두 부호가 같아, 한 번의 업데이트가',
    'all weights up or all down: the zig-zag (zig-zag view). Mini-batch averaging softens it.':
        '모든 가중치를 함께 올리거나 내린다: 지그재그 (지그재그 보기). 미니배치 평균이 이를 누그러뜨린다.',
    '• tanh is zero-centred (tanh(x) = 2σ(2x) − 1) but still saturates: tanh′(3) = 9.87e-3.':
        '• tanh는 0 중심이지만 (tanh(x) = 2σ(2x) − 1) 여전히 포화된다: tanh′(3) = 9.87e-3.',
    '• ReLU does not saturate for x > 0 and is cheap, but a unit whose input is always negative is':
        '• ReLU는 x > 0에서 포화되지 않고 계산이 싸지만, 입력이 늘 음수인 유닛은',
    'dead: f′ = 0 there (the lab uses f′(0) = 0, like PyTorch). Move μ to −3 and watch the dead':
        '죽는다: 거기서 f′ = 0 (PyTorch처럼 f′(0) = 0으로 둠). μ를 −3으로 옮기고 죽은 비율을',
    'fraction. Leaky ReLU (slope 0.01) has no dead region.':
        '지켜보라. Leaky ReLU (기울기 0.01)에는 죽은 영역이 없다.',
    '• ELU pushes the mean towards zero: mean 0.1605, std 0.7869 for z ~ N(0, 1). SELU keeps mean 0':
        '• ELU는 평균을 0 쪽으로 민다: z ~ N(0, 1)이면 평균 0.1605, 표준편차 0.7869. SELU는 평균 0과',
    'and variance 1. GELU = x·Φ(x) has its minimum −0.16997 at x ≈ −0.752.':
        '분산 1을 유지한다. GELU = x·Φ(x)의 최솟값은 x ≈ −0.752에서 −0.16997.',
    '• Statistics: closed forms for ReLU, Leaky ReLU, ELU, SELU; composite Gauss–Legendre':
        '• 통계: ReLU, Leaky ReLU, ELU, SELU는 닫힌 식; 나머지는 합성 Gauss–Legendre',
    'quadrature (error < 1e-12) for the others; the output histogram is Monte Carlo (seeded).':
        '구적법 (오차 < 1e-12); 출력 히스토그램은 시드를 고정한 몬테카를로.',
    'The depth view assumes independent N(μ, σ²) inputs at every layer: E[∏f′] = E[f′]ⁿ.':
        '깊이 보기는 층마다 독립인 N(μ, σ²) 입력을 가정한다: E[∏f′] = E[f′]ⁿ.',
    '• Cost: measured time per element of each function (NumPy, this machine), relative to ReLU.':
        '• 비용: 함수별 원소당 측정 시간 (NumPy, 이 컴퓨터), ReLU 대비.',
    # --- augmentation: steps and figures ----------------------------------------------------
    'Horizontal flip': '좌우 뒤집기',
    'Vertical flip': '상하 뒤집기',
    'Resize short side': '짧은 변 크기 조정',
    'Resize': '크기 조정',
    'Random crop': '무작위 자르기',
    'Random resized crop': '무작위 크기 자르기',
    'Affine (rotate, scale, stretch, shear, translate)': '아핀 변환 (회전, 확대, 늘이기, 기울이기, 이동)',
    '· Affine (rotate, scale, stretch, shear,': '· 아핀 변환 (회전, 확대, 늘이기, 기울이기,',
    'Colour jitter (HSL)': '색 지터 (HSL)',
    'Brightness / contrast': '밝기 / 대비',
    'Fancy PCA (AlexNet)': 'Fancy PCA (AlexNet)',
    'Grayscale': '흑백',
    'Cutout / random erasing': 'Cutout / 무작위 지우기',
    'Gaussian noise': '가우시안 잡음',
    'Salt & pepper noise': '소금-후추 잡음',
    'Filter (blur, sharpen, edge)': '필터 (흐림, 선명, 윤곽)',
    'skipped': '건너뜀',
    'Flips & crops': '뒤집기와 자르기',
    'ResNet training': 'ResNet 학습',
    'AlexNet + fancy PCA': 'AlexNet + fancy PCA',
    'Geometry (affine)': '기하 변환 (아핀)',
    'Cutout': 'Cutout',
    'Noise & filters': '잡음과 필터',
    'MixUp / CutMix': 'MixUp / CutMix',
    'Preprocessing: per-channel mean/std': '전처리: 채널별 평균/표준편차',
    'mean image': '평균 이미지',
    'normalized': '정규화됨',
    'before (pixel/255)': '전 (픽셀/255)',
    'pixels': '픽셀',
    'after': '후',
    'original': '원본',
    'drawn': '추출값',
    # --- augmentation: params and presets ---------------------------------------------------
    'images': '이미지',
    'which image is the original (0 = the first)': '어느 이미지가 원본인지 (0 = 첫 번째)',
    'image files or folders (empty = the bundled sample photos)': '이미지 파일이나 폴더 (비우면 함께 제공되는 예제 사진)',
    'preview size': '미리보기 크기',
    'decode images to at most this many pixels on the long side (0 = full)': '긴 변을 최대 이 픽셀 수로 디코딩 (0 = 원래 크기)',
    'samples': '표본 수',
    'number of augmented samples in the grid': '격자에 보일 증강 표본 수',
    'held out': '보류',
    'the last n images are held out: statistics never see them': '마지막 n개 이미지는 보류: 통계 계산에 쓰지 않음',
    'normalization': '정규화',
    'how images are normalized': '이미지 정규화 방법',
    "the pipeline as JSON (used when preset is 'custom')": "파이프라인 JSON (preset이 'custom'일 때 사용)",
    'preset': '프리셋',
    "pipeline preset; 'custom' uses pipeline_json": "파이프라인 프리셋; 'custom'이면 pipeline_json 사용",
    'custom': '사용자 정의',
    'the sample shown large in the single-sample figure (0 = #1)': '단일 표본 그림에 크게 보일 표본 (0 = #1)',
    'seed of every random draw': '모든 무작위 추출의 시드',
    'statistics': '통계',
    'per-channel mean': '채널별 평균',
    'per-channel mean/std': '채널별 평균/표준편차',
    'training images': '학습 이미지',
    'where mean and std come from': '평균과 표준편차를 어디서 구할지',
    'mean image size': '평균 이미지 크기',
    'common size (px) the mean image is computed at': '평균 이미지를 계산하는 공통 크기 (px)',
    'Flips and crops are nearly free and keep the label: the cheapest invariances.':
        '뒤집기와 자르기는 거의 공짜이고 레이블을 유지한다: 가장 싼 불변성.',
    'ResNet: short side resized to L ∈ [256, 480], a random 224×224 crop, flips.':
        'ResNet: 짧은 변을 L ∈ [256, 480]으로 조정, 무작위 224×224 자르기, 뒤집기.',
    'AlexNet: 224×224 crops of 256×256, flips, colour noise α ~ N(0, 0.1) along the RGB principal components.':
        'AlexNet: 256×256에서 224×224 자르기, 뒤집기, RGB 주성분 방향의 색 잡음 α ~ N(0, 0.1).',
    'Colour jitter in HSL: hue rotates, saturation scales, lightness shifts.':
        'HSL 색 지터: 색상(hue)은 회전, 채도(saturation)는 배율, 명도(lightness)는 이동.',
    'Translation, rotation, stretching and shearing: the label stays the label.':
        '이동, 회전, 늘이기, 기울이기: 레이블은 그대로다.',
    'Random blocking (cutout): the model must not rely on one part of the object.':
        '무작위 가리기 (cutout): 모델이 물체의 한 부분에만 의존하지 못하게 한다.',
    'Added noise and filters: robustness to sensor noise and blur.':
        '잡음과 필터 추가: 센서 잡음과 흐림에 강해진다.',
    'Mixing two images mixes their labels too (see the label weights).':
        '두 이미지를 섞으면 레이블도 섞인다 (레이블 가중치 참고).',
    # --- augmentation: notice ---------------------------------------------------------------
    'Augmentation makes a model invariant to changes that keep the label: each sample is still':
        '데이터 증강은 레이블을 바꾸지 않는 변화에 모델을 불변으로 만든다: 각 표본은 여전히',
    "labelled with the original photo's class (MixUp and CutMix mix the labels too: see the weights).":
        '원본 사진의 클래스로 레이블된다 (MixUp과 CutMix는 레이블도 섞는다: 가중치 참고).',
    '• Flips and crops are nearly free and always apply; vertical flips only make sense when':
        '• 뒤집기와 자르기는 거의 공짜이고 언제나 쓸 수 있다; 상하 뒤집기는',
    'upside-down photos can occur.': '거꾸로 된 사진이 나올 수 있을 때만 의미가 있다.',
    '• ResNet: resize the short side to L ∈ [256, 480], take a random 224×224 crop, flip.':
        '• ResNet: 짧은 변을 L ∈ [256, 480]으로 조정하고, 무작위 224×224로 자르고, 뒤집는다.',
    'AlexNet: 224×224 crops of 256×256 images, flips, and "fancy PCA" colour noise with':
        'AlexNet: 256×256 이미지에서 224×224 자르기, 뒤집기, 그리고 RGB 주성분 방향으로',
    'α ~ N(0, 0.1) along the RGB principal components.': 'α ~ N(0, 0.1)인 "fancy PCA" 색 잡음.',
    '• Colour jitter here is in HSL (hue, saturation, lightness, as in a paint program): hue is a':
        '• 여기의 색 지터는 HSL (그림판처럼 색상, 채도, 명도)이다: 색상은',
    'rotation, saturation a factor, lightness a shift. Libraries differ (HSV, blending): the':
        '회전, 채도는 배율, 명도는 이동. 라이브러리마다 다르다 (HSV, 혼합):',
    'formulas are in the Help of each step.': '식은 각 단계의 도움말에 있다.',
    '• Hover a sample to see every parameter drawn for it; the same seed gives the same samples.':
        '• 표본 위에 마우스를 올리면 추출된 모든 매개변수가 보인다; 같은 시드는 같은 표본을 준다.',
    '• Preprocessing: mean and std come from the training images only and are applied unchanged':
        '• 전처리: 평균과 표준편차는 학습 이미지에서만 구하고, 보류한 이미지에도 그대로',
    'to the held-out images. Mean image (AlexNet), per-channel mean (VGG), per-channel':
        '적용한다. 평균 이미지 (AlexNet), 채널별 평균 (VGG), 채널별',
    'mean/std (ResNet; ImageNet mean 0.485, 0.456, 0.406, std 0.229, 0.224, 0.225).':
        '평균/표준편차 (ResNet; ImageNet 평균 0.485, 0.456, 0.406, 표준편차 0.229, 0.224, 0.225).',
    # --- initialization ---------------------------------------------------------------------
    'activation std': '활성값 표준편차',
    'layer': '층',
    'mean & std': '평균과 표준편차',
    'predicted': '예측값',
    'mean': '평균',
    'saturated / dead': '포화 / 죽음',
    '% of units': '유닛 비율 (%)',
    'saturated': '포화',
    'dead (ReLU = 0)': '죽음 (ReLU = 0)',
    'gradient std': '기울기 표준편차',
    'normal input': '정규분포 입력',
    'all-positive input': '양수 입력',
    'activation': '활성화',  # the init form's choice and the x axis of its histograms (values)
    'activation function of every layer': '모든 층의 활성화 함수',
    'linear': '선형',
    'number of input samples': '입력 표본 수',
    'bias': '편향',
    'initial value of every bias': '모든 편향의 초깃값',
    'about this many histogram bins (power-of-two widths)': '히스토그램 구간 수 (대략, 2의 거듭제곱 폭)',
    'conv channels C (= number of filters K)': 'conv 채널 수 C (= 필터 수 K)',
    'compare with': '비교 대상',
    'run a second scheme on the same seed and input': '같은 시드와 입력으로 두 번째 방식을 실행',
    'value of every weight in the constant scheme': '상수 방식에서 모든 가중치의 값',
    'map': '맵 크기',
    'height and width of the conv feature maps': 'conv 특성 맵의 높이와 너비',
    'depth': '깊이',
    'number of layers': '층 수',
    'ELU alpha': 'ELU α',
    'input': '입력',
    'input data: N(0,1) or all-positive |N(0,1)|': '입력 데이터: N(0,1) 또는 모두 양수인 |N(0,1)|',
    'all positive |N(0, 1)|': '모두 양수 |N(0, 1)|',
    'conv filter size F (fan-in F²·C)': 'conv 필터 크기 F (fan-in F²·C)',
    'layers': '층',
    'fully connected layers or conv layers': '완전 연결층 또는 conv 층',
    'fully connected': '완전 연결',
    'convolution (fan-in F²·C)': '합성곱 (fan-in F²·C)',
    'scheme': '초기화 방식',
    'weight-initialization scheme': '가중치 초기화 방식',
    'zeros': '0',
    'constant': '상수',
    'small Gaussian': '작은 가우시안',
    'large Gaussian': '큰 가우시안',
    'LeCun normal': 'LeCun 정규분포',
    'LeCun uniform': 'LeCun 균등분포',
    'Glorot normal': 'Glorot 정규분포',
    'Glorot uniform': 'Glorot 균등분포',
    'Kaiming normal': 'Kaiming 정규분포',
    'Kaiming uniform': 'Kaiming 균등분포',
    'Xavier normal': 'Xavier 정규분포',
    'Xavier uniform': 'Xavier 균등분포',
    'orthogonal': '직교',
    'the scheme to compare with': '비교할 방식',
    'seed of the input, the weights and the upstream gradient': '입력, 가중치, 상류 기울기의 시드',
    'large σ': '큰 σ',
    'std of the large Gaussian scheme (1.0: classic slides)': '큰 가우시안 방식의 표준편차 (1.0: 고전적인 슬라이드)',
    'small σ': '작은 σ',
    'std of the small Gaussian scheme': '작은 가우시안 방식의 표준편차',
    'leaky slope': 'leaky 기울기',
    "Leaky ReLU negative slope (also Kaiming's gain)": 'Leaky ReLU의 음수 쪽 기울기 (Kaiming 이득에도 쓰임)',
    'width': '너비',
    'units per fully connected layer (and input features)': '완전 연결층의 유닛 수 (입력 특성 수도)',
    'Small Gaussian + tanh': '작은 가우시안 + tanh',
    'W = 0.01·N(0,1): stds collapse by ≈0.22 a layer, gradients vanish':
        'W = 0.01·N(0,1): 표준편차가 층마다 ≈0.22배로 무너지고, 기울기가 사라진다',
    'Large Gaussian + tanh': '큰 가우시안 + tanh',
    'W = 1.0·N(0,1): ~92 % of tanh units saturate at ±1': 'W = 1.0·N(0,1): tanh 유닛의 ~92 %가 ±1에서 포화',
    'W = N(0,1)/√d_in: 0.628, 0.486, 0.407, … (layer 1 analytic 0.62793)':
        'W = N(0,1)/√d_in: 0.628, 0.486, 0.407, … (1층 해석값 0.62793)',
    'Xavier with ReLU halves the variance each layer': 'ReLU에 Xavier를 쓰면 층마다 분산이 절반이 된다',
    'W = N(0,1)·√(2/d_in): mean 1/√π, std √(1 − 1/π), scale kept with depth':
        'W = N(0,1)·√(2/d_in): 평균 1/√π, 표준편차 √(1 − 1/π), 깊어져도 크기 유지',
    'Conv layer fan-in': 'Conv 층의 fan-in',
    'conv layers with 3×3×16 filters: Kaiming with d_in = F²·C': '3×3×16 필터의 conv 층: d_in = F²·C로 Kaiming',
    '• Small Gaussian (σ = 0.01) + tanh: the std shrinks by √500·0.01 ≈ 0.22 a layer (0.2135, 0.0476,':
        '• 작은 가우시안 (σ = 0.01) + tanh: 표준편차가 층마다 √500·0.01 ≈ 0.22배로 줄어든다 (0.2135, 0.0476,',
    '0.0106, …); the histograms collapse onto 0 and the gradients on the weights vanish.':
        '0.0106, …); 히스토그램은 0으로 무너지고 가중치의 기울기는 사라진다.',
    '• Large Gaussian (σ = 1) + tanh: about 92 % of the units sit at ±1 (saturated); the local gradient':
        '• 큰 가우시안 (σ = 1) + tanh: 유닛의 약 92 %가 ±1에 머문다 (포화); 거기서 국소 기울기',
    'f′(z) is ~0 there, so the weights barely learn.': 'f′(z)는 ~0이라 가중치가 거의 학습되지 않는다.',
    '• Xavier N(0, 1/d_in) + tanh: 0.628, 0.486, 0.407, … — a slow, healthy decline. The dashed line':
        '• Xavier N(0, 1/d_in) + tanh: 0.628, 0.486, 0.407, … — 느리고 건강한 감소. 점선은',
    'is the mean-field (infinite-width) prediction; layer 1 is exact (0.62793).':
        '평균장 (무한 너비) 예측이다; 1층은 정확하다 (0.62793).',
    '• Xavier + ReLU: half of the units are 0, so the variance halves every layer (std × 1/√2).':
        '• Xavier + ReLU: 유닛의 절반이 0이라 층마다 분산이 절반이 된다 (표준편차 × 1/√2).',
    '• Kaiming N(0, 2/d_in) + ReLU: layer 1 mean 1/√π = 0.5642, std √(1 − 1/π) = 0.8256, half the units':
        '• Kaiming N(0, 2/d_in) + ReLU: 1층 평균 1/√π = 0.5642, 표준편차 √(1 − 1/π) = 0.8256, 유닛의 절반은',
    'exactly 0, and the scale stays put with depth (deep layers vary from seed to seed).':
        '정확히 0이고, 깊어져도 크기가 유지된다 (깊은 층은 시드마다 다르다).',
    '• Conv layers: the fan-in is d_in = F²·C (kernel area × input channels); see the layer calculator.':
        '• Conv 층: fan-in은 d_in = F²·C (커널 넓이 × 입력 채널 수); 층 계산기를 보라.',
    '• Compare mode runs two schemes on the same seed, input and base weight draws.':
        '• 비교 모드는 같은 시드, 입력, 기본 가중치 추출로 두 방식을 실행한다.',
    '• The net runs in float32 like a GPU: σ = 1 with ReLU at depth 50 overflows, reported as':
        '• 신경망은 GPU처럼 float32로 계산한다: ReLU에 σ = 1, 깊이 50이면 넘쳐서',
    '"exploded to inf at layer k".': '"k층에서 inf로 발산"으로 보고된다.',
    'Columns of the exported per-layer CSV: grad_std is the std of ∂L/∂W of that layer for a random':
        '내보낸 층별 CSV의 열: grad_std는 마지막 층의 무작위 상류 기울기 N(0, 1)에 대한',
    'upstream gradient N(0, 1) at the last layer, averaged over the batch; dead = fraction of ReLU outputs':
        '그 층 ∂L/∂W의 표준편차 (배치 평균); dead = ReLU 출력 중 정확히 0인 비율;',
    'exactly 0; saturated = |tanh| > 0.97, |σ − 0.5| > 0.47, or e^z < 0.03 for ELU/SELU.':
        'saturated = |tanh| > 0.97, |σ − 0.5| > 0.47, ELU/SELU는 e^z < 0.03.',
    # --- PCA --------------------------------------------------------------------------------
    'components kept (k)': '남긴 성분 수 (k)',
    'fraction of variance kept': '남은 분산 비율',
    'variance kept': '남은 분산',
    'Eigenvalues fall fast': '고유값은 빠르게 줄어든다',
    'eigenvalue λ': '고유값 λ',
    'eigenvalue': '고유값',
    'pressure (hPa)': '기압 (hPa)',
    'temperature (°C)': '기온 (°C)',
    'Centred ÷ std': '중심화 ÷ 표준편차',
    'Original': '원본',
    'centred': '중심화',
    'decorrelated': '비상관화',
    'whitened': '화이트닝',
    'test (training statistics)': '테스트 (학습 통계 사용)',
    'training': '학습',
    'selected': '선택됨',
    'Zero-centred': '0 중심화',
    'Decorrelated (X·U)': '비상관화 (X·U)',
    'PCA-whitened': 'PCA 화이트닝',
    'ZCA-whitened': 'ZCA 화이트닝',
    'Projecting onto the top-k principal axes': '상위 k개 주축으로 사영',
    'Residuals are orthogonal to the kept axis; the variance kept is Σ top-k λ / Σ λ.':
        '잔차는 남긴 축에 직교한다; 남은 분산은 Σ 상위 k λ / Σ λ.',
    'data': '데이터',
    'residual': '잔차',
    'Variance per component': '성분별 분산',
    'component': '성분',
    'share of variance': '분산 비율',
    'variance share': '분산 비율',
    'cumulative': '누적',
    'CSV file': 'CSV 파일',
    'CSV file with the points (source = csv)': '점이 담긴 CSV 파일 (데이터 출처가 CSV일 때)',
    'pick a .csv (source: CSV file)': '.csv 선택 (데이터: CSV 파일)',
    'Columns x, y': '열 x, y',
    'CSV column for x: header name or 1-based number': 'x의 CSV 열: 머리글 이름 또는 1부터 센 번호',
    'name or 1': '이름 또는 1',
    'CSV column for y: header name or 1-based number': 'y의 CSV 열: 머리글 이름 또는 1부터 센 번호',
    'name or 2': '이름 또는 2',
    'Covariance': '공분산',
    'covariance divisor: N (lecture, default) or N-1 (unbiased)': '공분산의 분모: N (강의, 기본값) 또는 N-1 (불편)',
    '÷N (lecture)': '÷N (강의)',
    '÷(N−1) (NumPy, sklearn)': '÷(N−1) (NumPy, sklearn)',
    'whitening regulariser ε in 1/√(λ+ε)': '화이트닝 정규화 항 ε (1/√(λ+ε))',
    'Image': '이미지',
    'image for the patch spectrum (empty: bundled astronaut photo)': '패치 스펙트럼에 쓸 이미지 (비우면 함께 제공되는 astronaut 사진)',
    'bundled astronaut.jpg': '제공된 astronaut.jpg',
    'Top-k': '상위 k',
    'principal components kept by the top-k projection': '상위 k 사영이 남기는 주성분 수',
    'Layout': '배치',
    'four linked views, or one view with a stage slider': '연결된 네 개의 보기, 또는 단계 슬라이더가 있는 보기 하나',
    'Four linked views': '연결된 네 보기',
    'One view + stage slider': '보기 하나 + 단계 슬라이더',
    'Mean x': '평균 x',
    "x offset of the shape's centre": '모양 중심의 x 위치',
    'Mean y': '평균 y',
    "y offset of the shape's centre": '모양 중심의 y 위치',
    'dragged points as flattened (index, x, y) triples': '끌어 옮긴 점들 (index, x, y) 세 값씩 나열',
    'Points n': '점 개수 n',
    'number of synthetic points': '합성 점의 개수',
    'Patch p×p': '패치 p×p',
    'patch side p: patches have 3·p² dimensions (192 for 8)': '패치 변 p: 패치는 3·p²차원 (8이면 192)',
    'Rotation': '회전',
    'counter-clockwise rotation of the shape, degrees': '모양의 반시계 방향 회전 (도)',
    'seed of the points and the train/test split': '점과 학습/테스트 분할의 시드',
    'highlighted point index (-1: none)': '강조한 점의 번호 (-1: 없음)',
    'Source': '데이터',
    "data: a synthetic shape or 'csv' (a file)": "데이터: 합성 모양 또는 'csv' (파일)",
    '2-D Gaussian': '2차원 가우시안',
    'Uniform square': '균등 정사각형',
    'Two clusters': '두 군집',
    'Curved banana': '휘어진 바나나',
    'Gaussian + outlier': '가우시안 + 이상치',
    'All-positive (log-normal)': '모두 양수 (로그정규)',
    'CSV file…': 'CSV 파일…',
    'Stage': '단계',
    'stage in the single view (moving it selects that view): 0 original, 1 centred, 2 decorrelated, 3 whitened':
        '보기 하나일 때의 단계 (옮기면 그 보기를 선택): 0 원본, 1 중심화, 2 비상관화, 3 화이트닝',
    'Divide by std before PCA': 'PCA 전에 표준편차로 나누기',
    'divide each axis by its training std before PCA': 'PCA 전에 각 축을 학습 표준편차로 나눔',
    'Std 1': '표준편차 1',
    "spread along the shape's first axis (before rotation)": '모양의 첫째 축 방향 퍼짐 (회전 전)',
    'Std 2': '표준편차 2',
    "spread along the shape's second axis (before rotation)": '모양의 둘째 축 방향 퍼짐 (회전 전)',
    'Test share': '테스트 비율',
    'share of points held out as test data (transformed with training statistics)':
        '테스트 데이터로 보류할 점의 비율 (학습 통계로 변환)',
    'Whitening': '화이트닝',
    'PCA whitening (axis-aligned) or ZCA (rotated back)': 'PCA 화이트닝 (축 정렬) 또는 ZCA (다시 회전)',
    'PCA (axis-aligned)': 'PCA (축 정렬)',
    'ZCA (rotated back)': 'ZCA (다시 회전)',
    'Axis names': '축 이름',
    'name of the x axis on the plots (empty: x, or the CSV column)': '그래프의 x축 이름 (비우면 x, 또는 CSV 열)',
    'name of the y axis on the plots (empty: y, or the CSV column)': '그래프의 y축 이름 (비우면 y, 또는 CSV 열)',
    'Correlated Gaussian': '상관된 가우시안',
    'Centre, rotate onto the eigenvectors (diagonal covariance Λ), scale to identity covariance.':
        '중심화하고, 고유벡터로 회전하고 (대각 공분산 Λ), 단위 공분산이 되도록 크기를 맞춘다.',
    'Units differ (hPa vs °C)': '단위가 다름 (hPa 대 °C)',
    'Features in different units: dividing by the std puts pressure and temperature on equal footing.':
        '단위가 다른 특성: 표준편차로 나누면 기압과 기온이 같은 조건에 선다.',
    'All-positive data': '모두 양수인 데이터',
    'All-positive inputs sit far from the origin: zero-centring moves them around it.':
        '모두 양수인 입력은 원점에서 멀리 있다: 0 중심화가 원점 주위로 옮긴다.',
    'Outlier': '이상치',
    'One far point pulls the mean and tilts the principal axes.': '멀리 떨어진 점 하나가 평균을 끌어당기고 주축을 기울인다.',
    'Nearly collinear (ε matters)': '거의 일직선 (ε가 중요)',
    'A tiny second eigenvalue: whitening divides by √(λ + ε), so ε decides how much noise is blown up.':
        '둘째 고유값이 아주 작다: 화이트닝은 √(λ + ε)로 나누므로 ε가 잡음이 얼마나 커질지 정한다.',
    "Covariance convention: Σ = XᶜᵀXᶜ / N (the lecture's); switch to N − 1 (NumPy, scikit-learn) and every number scales by N/(N − 1).":
        '공분산 규약: Σ = XᶜᵀXᶜ / N (강의의 규약); N − 1 (NumPy, scikit-learn)로 바꾸면 모든 수가 N/(N − 1)배가 된다.',
    '• Centring moves the cloud to the origin; its shape (Σ) does not change.':
        '• 중심화는 점 구름을 원점으로 옮긴다; 모양 (Σ)은 바뀌지 않는다.',
    '• Decorrelating (X·U) rotates the principal axes onto x and y: Σ becomes diagonal = Λ.':
        '• 비상관화 (X·U)는 주축을 x와 y로 회전시킨다: Σ는 대각 행렬 = Λ가 된다.',
    '• PCA whitening divides each axis by √(λ + ε): Σ becomes the identity (≈ λ/(λ + ε) per axis).':
        '• PCA 화이트닝은 각 축을 √(λ + ε)로 나눈다: Σ는 단위 행렬이 된다 (축마다 ≈ λ/(λ + ε)).',
    '• ZCA whitening rotates back (·Uᵀ): still identity covariance, but the points keep their original orientation — the whitened data closest to the input.':
        '• ZCA 화이트닝은 다시 회전한다 (·Uᵀ): 공분산은 여전히 단위 행렬이지만 점들은 원래 방향을 유지한다 — 입력에 가장 가까운 화이트닝 데이터.',
    '• Statistics come from the training points only; the test points (green) get the same transform and are only approximately white.':
        '• 통계는 학습 점에서만 구한다; 테스트 점 (초록)은 같은 변환을 받아 근사적으로만 화이트닝된다.',
    '• "Units differ": hPa varies 25 while °C varies 6, so without ÷std PCA just finds the pressure axis.':
        '• "단위가 다름": hPa는 25, °C는 6만큼 변하므로 ÷표준편차 없이 PCA는 기압 축만 찾는다.',
    '• "Nearly collinear": λ₂ ≈ 0, so 1/√λ₂ blows noise up; ε caps the gain at 1/√ε.':
        '• "거의 일직선": λ₂ ≈ 0이라 1/√λ₂가 잡음을 키운다; ε는 이득을 1/√ε로 제한한다.',
    '• "Outlier": one point tilts the principal axes and inflates Σ — drag it and watch.':
        '• "이상치": 점 하나가 주축을 기울이고 Σ를 부풀린다 — 끌어 보며 지켜보라.',
    '• Top-k: projecting onto PC1 keeps λ₁/(λ₁ + λ₂) of the variance; for image patches a handful of the 192 components keeps most of it.':
        '• 상위 k: PC1로 사영하면 분산의 λ₁/(λ₁ + λ₂)가 남는다; 이미지 패치에서는 192개 성분 중 몇 개가 대부분을 남긴다.',
    'Worked check: Σ = [[3, 1.5], [1.5, 1]] has λ = 3.80278, 0.19722 and its first axis at 28.155°.':
        '검산: Σ = [[3, 1.5], [1.5, 1]]의 λ = 3.80278, 0.19722이고 첫째 축은 28.155°.',
    # --- training ---------------------------------------------------------------------------
    'training loss (whole set)': '학습 손실 (전체 집합)',
    'cross-entropy': '교차 엔트로피',
    'SGD step': 'SGD 스텝',
    'accuracy': '정확도',
    'chance': '무작위 수준',
    'zero-centred inputs': '0 중심 입력',
    'all-positive inputs': '양수 입력',
    'activations': '활성화 함수',
    'hidden-layer activations to compare (comma-separated)': '비교할 은닉층 활성화 함수 (쉼표로 구분)',
    'relu': 'ReLU',
    'elu': 'ELU',
    'selu': 'SELU',
    'gelu': 'GELU',
    'silu': 'SiLU',
    'softplus': 'Softplus',
    'mish': 'Mish',
    'leaky_relu': 'Leaky ReLU',
    'alpha': 'alpha',
    'mini-batch size (samples drawn with replacement)': '미니배치 크기 (복원 추출)',
    'dataset': '데이터셋',
    'toy 2-D classification set': '2차원 장난감 분류 데이터',
    'spiral': '나선',
    'moons': '초승달',
    'xor': 'XOR',
    'hidden layers': '은닉층 수',
    'gain': '이득',
    'the gain when gain_mode is fixed': '이득 방식이 고정값일 때의 이득',
    "gain of Glorot/Kaiming: the scheme's own, calculate_gain(activation), or fixed":
        'Glorot/Kaiming의 이득: 방식 고유값, PyTorch의 calculate_gain(활성화 함수), 또는 고정값',
    'fixed': '고정',
    'inputs': '입력',
    'input centring: zero-centred and/or all-positive (comma-separated)': '입력 중심화: 0 중심 및/또는 모두 양수 (쉼표로 구분)',
    'positive': '양수',
    'lr': '학습률',
    'SGD learning rate': 'SGD 학습률',
    'training points per class': '클래스당 학습 점 수',
    'noise': '잡음',
    'noise of the data set (spiral: angle, moons/XOR: position)': '데이터셋의 잡음 (나선: 각도, 초승달/XOR: 위치)',
    'schemes': '초기화 방식',
    'xavier': 'Xavier',
    'weight-initialization schemes to compare (comma-separated)': '비교할 가중치 초기화 방식 (쉼표로 구분)',
    'seed of the data, the weights and the mini-batches': '데이터, 가중치, 미니배치의 시드',
    'std of the large Gaussian scheme': '큰 가우시안 방식의 표준편차',
    'slope': '기울기',
    'Leaky ReLU negative slope': 'Leaky ReLU의 음수 쪽 기울기',
    'SGD steps per run': '실행당 SGD 스텝 수',
    "loss that counts as 'reached' (steps-to-target)": "'도달'로 치는 손실 (목표까지 스텝 수)",
    'units per hidden layer': '은닉층당 유닛 수',
    '• Small init (σ = 0.01) on a deep net does not learn: the signal shrinks by ≈ √width·σ per':
        '• 깊은 신경망에서 작은 초기화 (σ = 0.01)는 학습하지 못한다: 신호가 층마다 ≈ √width·σ배로',
    'layer, the gradients vanish with it, and the loss sits at chance (ln 3 = 1.10 for the spiral)':
        '줄고, 기울기도 함께 사라지며, 손실은 무작위 수준에 머문다 (나선은 ln 3 = 1.10)',
    'while Glorot/Xavier and Kaiming/He train (preset "Small init does not learn").':
        '반면 Glorot/Xavier와 Kaiming/He는 학습된다 (프리셋 "작은 초기화는 학습하지 못한다").',
    '• ReLU reaches the target loss in fewer steps than tanh, and sigmoid barely moves, with the same':
        '• 모든 활성화 함수에 같은 가중치를 쓰면 ReLU는 tanh보다 적은 스텝으로 목표 손실에 닿고,',
    'weights for every activation (preset "ReLU vs tanh vs sigmoid"; read the steps-to-target bars,':
        'sigmoid는 거의 움직이지 않는다 (프리셋 "ReLU 대 tanh 대 sigmoid"; 목표까지 스텝 막대를 읽되,',
    "not a factor: Krizhevsky et al. 2012 report 6× on CIFAR-10).  Give each activation PyTorch's":
        '배율로 읽지는 말 것: Krizhevsky 외 2012는 CIFAR-10에서 6배를 보고).  각 활성화 함수에 PyTorch의',
    'gain instead (gain from the activation: ReLU √2, tanh 5/3) and on this small problem tanh':
        '이득을 주면 (활성화 함수에 따른 이득: ReLU √2, tanh 5/3) 이 작은 문제에서는 tanh가',
    'catches up with ReLU: here the init scale matters as much as the activation.':
        'ReLU를 따라잡는다: 여기서는 초기화 크기가 활성화 함수만큼 중요하다.',
    '• Zero-centred inputs train faster than all-positive ones (same points shifted so every':
        '• 0 중심 입력은 모두 양수인 입력보다 빨리 학습된다 (같은 점을 모든 좌표가 ≥ 1이 되게',
    'coordinate is ≥ 1): with all-positive inputs every first-layer weight of a unit gets a gradient':
        '옮긴 것): 입력이 모두 양수면 한 유닛의 첫 층 가중치가 모두 같은 부호의 기울기를 받아',
    'of the same sign, so the weights zig-zag (preset "Zero-centred vs all-positive inputs").':
        '가중치가 지그재그로 움직인다 (프리셋 "0 중심 대 양수 입력").',
    '• Every run shares the data, the base weight draws and the mini-batch sequence (all from the':
        '• 모든 실행은 데이터, 기본 가중치 추출, 미니배치 순서를 공유한다 (모두',
    'seed): runs differ only by activation, scheme and input centring.  Loss and accuracy are':
        '시드에서): 실행은 활성화 함수, 초기화 방식, 입력 중심화만 다르다.  손실과 정확도는',
    'measured on the whole training set.': '학습 집합 전체에서 잰다.',
    # --- strings main gained after this branch started (found by the runtime test on a trial merge)
    'Outputs f(z)': '출력 f(z)',
    'output f(z)': '출력 f(z)',
    'input z': '입력 z',
    'exact means': '정확한 평균',
    'dead (= 0)': '죽음 (= 0)',
    'dead units': '죽은 유닛',
    'saturated units': '포화된 유닛',
    'std (solid), mean (dotted)': '표준편차 (실선), 평균 (점선)',
    'drawn for this sample:': '이 표본에서 추출된 값:',
    'grey: ReLU dead (f′ = 0)': '회색: 죽은 ReLU (f′ = 0)',
    'the lab uses f′(0) = 0, like PyTorch': 'PyTorch처럼 f′(0) = 0으로 둠',
    # --- strings other branches added: activations, PCA decision line, test-time augmentation
    '1: gradient kept': '1: 기울기 유지',
    'custom pipeline': '사용자 정의 파이프라인',
    'captions on tiles': '타일 설명',
    'a caption per sample tile naming what it got (off: a clean slide)': '표본 타일마다 받은 변환을 적은 설명 (끄면 깔끔한 슬라이드)',
    '10-crop (test time)': '10-crop (테스트 시)',
    'Centre crop (test time)': '가운데 자르기 (테스트 시)',
    'Test time: 10-crop': '테스트 시: 10-crop',
    'Test time: resize + centre crop': '테스트 시: 크기 조정 + 가운데 자르기',
    'Test images are resized too: short side to 256, the 224×224 centre; nothing random.':
        '테스트 이미지도 크기를 조정한다: 짧은 변을 256으로, 가운데 224×224; 무작위는 없다.',
    'AlexNet/ResNet testing: ten 224×224 crops (corners, centre, and mirrored), predictions averaged.':
        'AlexNet/ResNet 테스트: 224×224 자르기 10개 (네 모서리, 가운데, 그리고 좌우 반전), 예측은 평균.',
    'When colour barely matters: 0.299 R + 0.587 G + 0.114 B (BT.601) in all channels, for about half the samples.':
        '색이 거의 중요하지 않을 때: 표본의 약 절반에서 모든 채널을 0.299 R + 0.587 G + 0.114 B (BT.601)로.',
    '• Test images are resized too: short side to 256, the 224×224 centre (or ten crops: corners,':
        '• 테스트 이미지도 크기를 조정한다: 짧은 변을 256으로, 가운데 224×224 (또는 자르기 10개: 모서리,',
    'centre, mirrored; predictions averaged). Grayscale (0.299 R + 0.587 G + 0.114 B) when colour':
        '가운데, 좌우 반전; 예측은 평균). 흑백 (0.299 R + 0.587 G + 0.114 B)은 색이',
    'barely matters.': '거의 중요하지 않을 때.',
    'Decision line': '결정 직선',
    'Decision line: centred vs not': '결정 직선: 중심화 여부',
    'Zero-centring keeps a decision line stable': '0 중심화는 결정 직선을 안정시킨다',
    'class flipped': '클래스 바뀜',
    'Tilt of w': 'w 기울임 각도',
    'decision line view: how far w is tilted (b fixed)': '결정 직선 보기: w를 얼마나 기울일지 (b 고정)',
    'Stages': '단계별',
    'Top-k projection': '상위 k 사영',
    'Image patches': '이미지 패치',
    'the view in front: stages, top-k, image patches or decision line': '앞에 보일 보기: 단계별, 상위 k, 이미지 패치 또는 결정 직선',
    'A small tilt of w flips many far-off points, few centred ones: centred data are easier to optimize.':
        'w를 조금만 기울여도 멀리 있는 점은 많이, 중심화된 점은 적게 클래스가 바뀐다: 중심화된 데이터가 최적화하기 쉽다.',
    'Training statistics only': '학습 통계만 사용',
    'Mean, std and PCA come from the training half; the test half gets the same transform, nearly white.':
        '평균, 표준편차, PCA는 학습용 절반에서 구한다; 테스트용 절반은 같은 변환을 받아 거의 화이트닝된다.',
    'Patches: what top-k keeps': '패치: 상위 k개가 남기는 것',
    '8×8 RGB patches are 192-D: a few components keep most of the variance; the rest is lost.':
        '8×8 RGB 패치는 192차원: 성분 몇 개가 분산의 대부분을 남기고, 나머지는 잃는다.',
    'Worked example Σ': '풀이 예제 Σ',
    'Worked example Σ (lecture)': '풀이 예제 Σ (강의)',
    'Points with exactly this covariance (÷N): λ = 3.80278, 0.19722 and PC1 at 28.155°.':
        '공분산이 정확히 이 값인 점들 (÷N): λ = 3.80278, 0.19722, PC1은 28.155°.',
    'Worked check (preset "Worked example Σ"): Σ = [[3, 1.5], [1.5, 1]] has λ = 3.80278, 0.19722 and its first axis at 28.155°.':
        '검산 (프리셋 "풀이 예제 Σ"): Σ = [[3, 1.5], [1.5, 1]]의 λ = 3.80278, 0.19722이고 첫째 축은 28.155°.',
    '• Decision line: the same small tilt of w flips many off-centre points and few centred ones.':
        '• 결정 직선: w를 똑같이 조금 기울여도 중심화 전에는 많은 점이, 중심화 후에는 적은 점이 클래스가 바뀐다.',
    '• Statistics come from the training points only; the test points get the same transform and are only approximately white.':
        '• 통계는 학습 점에서만 구한다; 테스트 점은 같은 변환을 받아 근사적으로만 화이트닝된다.',
    # --- strings of the training panel, the new init/activation presets and notes (w14a) ----
    'Activation functions: f(x)': '활성화 함수: f(x)',
    'Mini-batch softens the zig-zag': '미니배치는 지그재그를 누그러뜨린다',
    'All-positive inputs, same seed: with batch 1 every step moves both weights the same way (↗ or ↙); averaged over 32 samples most steps do not.':
        '입력이 모두 양수, 같은 시드: 배치 1이면 모든 스텝이 두 가중치를 같은 방향 (↗ 또는 ↙)으로 움직이고, 32개 표본으로 평균하면 대부분의 스텝은 그렇지 않다.',
    'tanh saturates': 'tanh의 포화',
    'tanh is zero-centred but still saturates: tanh′(0) = 1, tanh′(3) = 9.87e-3, tanh′(5) = 1.82e-4.':
        'tanh는 0 중심이지만 여전히 포화된다: tanh′(0) = 1, tanh′(3) = 9.87e-3, tanh′(5) = 1.82e-4.',
    'GELU minimum': 'GELU의 최솟값',
    'GELU = x·Φ(x) dips below zero: minimum −0.16997 at x ≈ −0.752 (f′ = 0 there).':
        'GELU = x·Φ(x)는 0 아래로 내려간다: x ≈ −0.752에서 최솟값 −0.16997 (거기서 f′ = 0).',
    'ELU vs Leaky ReLU under noise': '잡음 속의 ELU 대 Leaky ReLU',
    "Far below zero ELU saturates at −α, so input noise barely reaches its output (μ = −6, σ = 0.5: spread 1.5e-3 vs Leaky ReLU's 5.0e-3); above μ* ≈ −4.8 Leaky ReLU is the quieter one.":
        '0보다 한참 아래에서 ELU는 −α에서 포화되므로 입력 잡음이 출력에 거의 닿지 않는다 (μ = −6, σ = 0.5: 퍼짐 1.5e-3 대 Leaky ReLU 5.0e-3); μ* ≈ −4.8 위에서는 Leaky ReLU가 더 조용하다.',
    'ELU vs Leaky ReLU: noise on negative inputs': 'ELU 대 Leaky ReLU: 음수 입력의 잡음',
    'input level μ': '입력 수준 μ',
    'output spread': '출력 퍼짐',
    'output deviation': '출력 편차',
    'share of samples': '표본 비율',
    'compare batch': '비교 배치',
    'also draw the all-positive path with this batch size (same seed; 0: off)': '이 배치 크기로 양수 입력의 경로도 그림 (같은 시드; 0: 끔)',
    'mark x at': '표시할 x',
    'x values (comma-separated, at most 6) where every curve gets a labelled point with f and f′ (e.g. 0, 3, 5)':
        '모든 곡선에 f와 f′ 값을 적은 점을 찍을 x 값 (쉼표로 구분, 최대 6개, 예: 0, 3, 5)',
    'noise robustness view': '잡음 강건성 보기',
    'show ELU vs Leaky ReLU output spread for noisy inputs around μ (noise σ)':
        'μ 주변의 잡음 섞인 입력에 대한 ELU 대 Leaky ReLU의 출력 퍼짐 표시 (잡음 σ)',
    '• "mark x at" puts labelled points on every curve (preset "tanh saturates": tanh′(3) = 9.87e-3).':
        '• "표시할 x"는 모든 곡선에 값을 적은 점을 찍는다 (프리셋 "tanh의 포화": tanh′(3) = 9.87e-3).',
    '• ELU under noise (noise robustness view): far below zero ELU saturates, so input noise barely':
        '• 잡음 속의 ELU (잡음 강건성 보기): 0보다 한참 아래에서 ELU는 포화되므로 입력 잡음이 출력에',
    'reaches its output; Leaky ReLU passes slope·σ whatever the level (crossover μ* ≈ −4.8 at σ = 0.5).':
        '거의 닿지 않는다; Leaky ReLU는 수준과 상관없이 slope·σ를 전달한다 (σ = 0.5에서 교차점 μ* ≈ −4.8).',
    '• Zig-zag: with all-positive inputs and batch 1 every step moves both weights the same way;':
        '• 지그재그: 입력이 모두 양수이고 배치가 1이면 모든 스텝이 두 가중치를 같은 방향으로 움직인다;',
    '"compare batch" 32 (same seed) averages the signs and the path straightens.':
        '"비교 배치" 32 (같은 시드)는 부호를 평균하여 경로가 곧아진다.',
    # initialization
    'Dead ReLU: bias 0 vs 0.01': '죽은 ReLU: 편향 0 대 0.01',
    'Kaiming + ReLU with bias 0 and 0.01: ≈ 50 % of the ReLU outputs are 0 either way (layer 1: Φ(−b/√2) = 50 % → 49.7 %); a small positive bias helps a little, it does not cure':
        'Kaiming + ReLU에 편향 0과 0.01: 어느 쪽이든 ReLU 출력의 ≈ 50 %가 0 (1층: Φ(−b/√2) = 50 % → 49.7 %); 작은 양의 편향은 조금 도울 뿐 고치지 못한다',
    'Large Gaussian σ = 0.5': '큰 가우시안 σ = 0.5',
    'W = 0.5·N(0,1) (the Korean notes): still ~85 % of tanh units saturate (|h| > 0.97), std ≈ 0.96':
        'W = 0.5·N(0,1) (한국어 강의 노트): 여전히 tanh 유닛의 ~85 %가 포화 (|h| > 0.97), 표준편차 ≈ 0.96',
    'W = 1.0·N(0,1) (classic slides): ~92 % of tanh units saturate at ±1, std ≈ 0.98 at every layer':
        'W = 1.0·N(0,1) (고전적인 슬라이드): tanh 유닛의 ~92 %가 ±1에서 포화, 모든 층에서 표준편차 ≈ 0.98',
    'W = N(0,1)/√d_in: 0.628, 0.486, 0.407, … (layer 1 analytic 0.62793); mean of 8 seeds beside the quoted numbers':
        'W = N(0,1)/√d_in: 0.628, 0.486, 0.407, … (1층 해석값 0.62793); 강의 값 옆에 시드 8개의 평균',
    'W = N(0,1)·√(2/d_in): mean 1/√π, std √(1 − 1/π) = 0.8256, scale kept with depth (mean of 8 seeds; single seeds vary)':
        'W = N(0,1)·√(2/d_in): 평균 1/√π, 표준편차 √(1 − 1/π) = 0.8256, 깊어져도 크기 유지 (시드 8개의 평균; 시드 하나씩은 다름)',
    'Xavier with ReLU halves the variance each layer: 0.5838, 0.414, 0.295, 0.208, …; mean of 8 seeds beside the prediction':
        'ReLU에 Xavier를 쓰면 층마다 분산이 절반이 된다: 0.5838, 0.414, 0.295, 0.208, …; 예측 옆에 시드 8개의 평균',
    'Pooling: 32×32×3 → 16×16×3': '풀링: 32×32×3 → 16×16×3',
    '2×2 max pooling with stride 2 halves H and W, keeps the 3 channels, and has 0 learnable parameters (layer calculator)':
        'stride 2인 2×2 max pooling은 H와 W를 절반으로 줄이고 채널 3개는 유지하며, 학습할 파라미터는 0개다 (층 계산기)',
    'SELU + LeCun normal through 30 layers: mean stays ≈ 0 and std ≈ 1 at every layer, without any normalization layer':
        'SELU + LeCun 정규분포로 30개 층: 정규화 층 없이도 모든 층에서 평균 ≈ 0, 표준편차 ≈ 1',
    'Xavier (= LeCun normal)': 'Xavier (= LeCun 정규분포)',
    'W ~ N(0, gain²/d_in)': 'W ~ N(0, 이득²/d_in)',
    'W ~ N(0, gain²·2/(d_in + d_out))': 'W ~ N(0, 이득²·2/(d_in + d_out))',
    'W ~ U(−b, b), b = gain·√(6/(d_in + d_out))': 'W ~ U(−b, b), b = 이득·√(6/(d_in + d_out))',
    'W ~ U(−b, b), b = gain·√(3/d_in)': 'W ~ U(−b, b), b = 이득·√(3/d_in)',
    'W orthogonal (QR of a Gaussian), entry variance 1/max(d_in, d_out)': 'W 직교 (가우시안의 QR), 원소 분산 1/max(d_in, d_out)',
    'from the scheme': '방식 기본값',
    'from the activation (calculate_gain)': '활성화 함수 기준 (calculate_gain)',
    'fixed value': '고정값',
    'fixed gain': '고정 이득',
    'the gain when it is fixed': '고정할 때의 이득',
    "gain of Glorot/Kaiming: each scheme's own (Glorot 1, Kaiming √2), PyTorch's calculate_gain of the activation, or a fixed value":
        'Glorot/Kaiming의 이득: 방식 고유값 (Glorot 1, Kaiming √2), 활성화 함수에 대한 PyTorch의 calculate_gain, 또는 고정값',
    'seeds': '시드 수',
    'also run this many seeds (seed, seed + 1, …) and show their mean and spread of the activation std beside the prediction (1: off)':
        '시드를 이만큼 (시드, 시드 + 1, …) 실행해 활성값 표준편차의 평균과 퍼짐을 예측 옆에 표시 (1: 끔)',
    'prediction (mean field)': '예측 (평균장)',
    'quoted': '강의 값',
    '± is the sample std over seeds (ddof 1)': '±는 시드에 걸친 표본 표준편차 (ddof 1)',
    'band: min–max': '띠: 최소–최대',
    'dashed: mean-field prediction': '점선: 평균장 예측',
    "dots: the lecture's numbers": '점: 강의의 수치',
    'compare': '비교',
    'what the second run changes': '두 번째 실행에서 바꿀 것',
    'two schemes': '두 방식',
    'two biases': '두 편향',
    'scheme B': '방식 B',
    'the bias of the second run when comparing biases': '편향을 비교할 때 두 번째 실행의 편향',
    'calculator': '계산기',
    'convolution': '합성곱',
    'pooling (max/avg)': '풀링 (max/avg)',
    'layer calculator: convolution or pooling': '층 계산기: 합성곱 또는 풀링',
    'layer calculator: filter (or pooling window) size F': '층 계산기: 필터 (또는 풀링 창) 크기 F',
    'layer calculator: input channels C': '층 계산기: 입력 채널 수 C',
    'layer calculator: input height H': '층 계산기: 입력 높이 H',
    'layer calculator: input width W': '층 계산기: 입력 너비 W',
    'layer calculator: number of filters K (conv only)': '층 계산기: 필터 수 K (conv만)',
    'layer calculator: stride S': '층 계산기: stride S',
    'layer calculator: zero padding P (conv only)': '층 계산기: 0 패딩 P (conv만)',
    "• Seeds: one seed's deep layers can sit 7–17 % off the lecture's numbers. The presets that quote":
        '• 시드: 시드 하나의 깊은 층은 강의의 수치와 7–17 % 어긋날 수 있다. 수치를 인용하는 프리셋은',
    'numbers run 8 consecutive seeds and show their mean, range and ± (sample std) beside the':
        '연속된 시드 8개를 실행해 그 평균, 범위, ± (표본 표준편차)를',
    'prediction and the quoted values (Kaiming + ReLU: ≈ 0.80 ± 0.08 at layer 10 vs 0.8256).':
        '예측 및 강의 값 옆에 보여 준다 (Kaiming + ReLU: 10층에서 ≈ 0.80 ± 0.08 대 0.8256).',
    '• Gain: Glorot/Kaiming take PyTorch\'s gain "from the scheme" (Glorot 1, Kaiming √2), "from the':
        '• 이득 (gain): Glorot/Kaiming은 PyTorch의 이득을 "방식 기본값" (Glorot 1, Kaiming √2), "활성화',
    'activation" (calculate_gain: tanh 5/3, ReLU √2, SELU 3/4) or a fixed value; the caption and the':
        '함수 기준" (calculate_gain: tanh 5/3, ReLU √2, SELU 3/4) 또는 고정값으로 정한다; 설명과',
    'init-scheme table give the effective std, gain and formula. "Xavier" here is N(0, 1/d_in),':
        'init-scheme 표에 실제 표준편차, 이득, 식이 있다. 여기서 "Xavier"는 N(0, 1/d_in),',
    'i.e. LeCun normal.': '즉 LeCun 정규분포다.',
    '• A bias of 0.01 does not cure dead ReLUs: ≈ 50 % of the outputs are 0 with bias 0 and with 0.01':
        '• 편향 0.01은 죽은 ReLU를 고치지 못한다: 편향 0에서도 0.01에서도 출력의 ≈ 50 %가 0이다',
    '(preset "Dead ReLU: bias 0 vs 0.01"). SELU + LeCun normal keeps mean 0 and std 1 through 30 layers.':
        '(프리셋 "죽은 ReLU: 편향 0 대 0.01"). SELU + LeCun 정규분포는 30개 층 내내 평균 0, 표준편차 1을 유지한다.',
    '• Conv layers: the fan-in is d_in = F²·C (kernel area × input channels); see the layer calculator':
        '• Conv 층: fan-in은 d_in = F²·C (커널 넓이 × 입력 채널 수); 층 계산기를 보라',
    '(pooling 32×32×3, 2×2, stride 2 → 16×16×3 with 0 parameters; exported as layer-calculator.csv).':
        '(풀링 32×32×3, 2×2, stride 2 → 16×16×3, 파라미터 0개; layer-calculator.csv로 내보냄).',
    # training
    'Same Glorot weights for all: ReLU reaches the target loss in the fewest steps, sigmoid barely moves (read the steps, not a factor).':
        '모두 같은 Glorot 가중치: ReLU가 가장 적은 스텝으로 목표 손실에 닿고, sigmoid는 거의 움직이지 않는다 (배율이 아니라 스텝 수를 읽어라).',
    'The same points shifted to be all positive train more slowly: every first-layer weight of a unit gets a gradient of the same sign.':
        '같은 점들을 모두 양수가 되도록 옮기면 더 느리게 학습한다: 한 유닛의 첫 층 가중치는 모두 같은 부호의 기울기를 받는다.',
    'W = 0.01·N(0,1) on a 4-layer net: the loss stays at chance (ln 3 = 1.10) while Glorot/Xavier and Kaiming/He train.':
        '4층 신경망에 W = 0.01·N(0,1): 손실은 무작위 수준 (ln 3 = 1.10)에 머물고, Glorot/Xavier와 Kaiming/He는 학습한다.',
    'all-positive': '모두 양수',
    'zero-centred': '0 중심',
    'data set': '데이터셋',
    'two moons': '두 개의 반달',
    'XOR blobs': 'XOR 덩어리',
    'spiral (3 classes)': '나선 (3 클래스)',
    'points per class': '클래스당 점 수',
    'units per layer': '층당 유닛 수',
    'target loss': '목표 손실',
    'waiting': '대기 중',
    # --- preset headlines (lab/*/params.py ``with_headlines``): each preset's claim as a slide title ---
    'Sigmoid kills gradients: σ′ ≤ 0.25, so E[f′]ⁿ ≤ 0.25ⁿ': 'Sigmoid는 기울기를 죽인다: σ′ ≤ 0.25, 그래서 E[f′]ⁿ ≤ 0.25ⁿ',
    'Sigmoid is not zero-centred: mean 0.5 (tanh: 0)': 'Sigmoid는 0 중심이 아니다: 평균 0.5 (tanh: 0)',
    'Dead ReLU: f′ = 0 for 99.9 % of inputs (μ = −3)': '죽은 ReLU: 입력의 99.9 %에서 f′ = 0 (μ = −3)',
    'Leaky ReLU: f′ = 0.01, never 0, so nothing is dead': 'Leaky ReLU: f′ = 0.01, 0이 되지 않아 죽는 유닛이 없다',
    'ELU: mean 0.1605 vs ReLU 0.399 for z ~ N(0, 1)': 'ELU: z ~ N(0, 1)일 때 평균 0.1605 (ReLU 0.399)',
    'tanh saturates: tanh′(3) = 9.87e-3, tanh′(5) = 1.82e-4': 'tanh도 포화된다: tanh′(3) = 9.87e-3, tanh′(5) = 1.82e-4',
    'GELU = x·Φ(x): minimum −0.16997 at x ≈ −0.752': 'GELU = x·Φ(x): x ≈ −0.752에서 최솟값 −0.16997',
    'Noise at μ = −6: ELU spread 1.5e-3, Leaky ReLU 5.0e-3': 'μ = −6의 잡음: ELU 퍼짐 1.5e-3, Leaky ReLU 5.0e-3',
    'Batch 32 softens the zig-zag: 100 % → 10 % ↗/↙ steps': '배치 32는 지그재그를 누그러뜨린다: ↗/↙ 스텝 100 % → 10 %',
    'W = 0.01·N(0, 1): std × 0.22 a layer, gradients vanish': 'W = 0.01·N(0, 1): 층마다 표준편차 × 0.22, 기울기 소실',
    'W = 1.0·N(0, 1): ~92 % of tanh units saturate at ±1': 'W = 1.0·N(0, 1): tanh 유닛의 ~92 %가 ±1에서 포화',
    'W = 0.5·N(0, 1): still ~85 % of tanh units saturate': 'W = 0.5·N(0, 1): 여전히 tanh 유닛의 ~85 %가 포화',
    'Xavier + tanh: std 0.628, 0.486, 0.407, … a slow decline': 'Xavier + tanh: 표준편차 0.628, 0.486, 0.407, … 완만한 감소',
    'Xavier + ReLU: std × 1/√2 a layer (0.584, 0.414, 0.295, …)': 'Xavier + ReLU: 층마다 표준편차 × 1/√2 (0.584, 0.414, 0.295, …)',
    'Kaiming + ReLU keeps the scale: std 0.8256 at layer 1': 'Kaiming + ReLU는 크기를 유지한다: 1층 표준편차 0.8256',
    'Bias 0.01 does not cure dead ReLU: ≈ 50 % zeros either way': '편향 0.01로 죽은 ReLU는 낫지 않는다: 어느 쪽이든 ≈ 50 %가 0',
    'SELU self-normalizes: mean ≈ 0, std ≈ 1 through 30 layers': 'SELU는 스스로 정규화한다: 30층 내내 평균 ≈ 0, 표준편차 ≈ 1',
    'Conv layers: Kaiming with fan-in d_in = F²·C = 144': '합성곱 층: fan-in d_in = F²·C = 144로 Kaiming',
    '2×2 max pool: 32×32×3 → 16×16×3, 0 parameters': '2×2 최대 풀링: 32×32×3 → 16×16×3, 파라미터 0개',
    'Flips and crops: the cheapest label-keeping invariances': '뒤집기와 자르기: 레이블을 지키는 가장 값싼 불변성',
    'ResNet: resize to L ∈ [256, 480], 224×224 crop, flip': 'ResNet: L ∈ [256, 480]로 크기 조정, 224×224 자르기, 뒤집기',
    'AlexNet: 224×224 crops, flips, colour noise α ~ N(0, 0.1)': 'AlexNet: 224×224 자르기, 뒤집기, 색 잡음 α ~ N(0, 0.1)',
    'Colour jitter in HSL: hue, saturation and lightness vary': 'HSL 색 지터: 색상, 채도, 밝기가 바뀐다',
    'Translate, rotate, stretch, shear: the label stays the label': '이동, 회전, 늘이기, 기울이기: 레이블은 그대로다',
    'Cutout: no single part of the object may decide': 'Cutout: 물체의 한 부분에만 기대면 안 된다',
    'Noise and filters: robust to sensor noise and blur': '잡음과 필터: 센서 잡음과 흐림에 강해진다',
    'MixUp / CutMix mix the labels along with the images': 'MixUp / CutMix는 이미지와 함께 레이블도 섞는다',
    'Grayscale = 0.299 R + 0.587 G + 0.114 B (BT.601)': '흑백 = 0.299 R + 0.587 G + 0.114 B (BT.601)',
    'Test time: short side 256, then the 224×224 centre crop': '테스트 시: 짧은 변 256, 그다음 가운데 224×224 자르기',
    'Test time: ten 224×224 crops, predictions averaged': '테스트 시: 224×224 자르기 10개, 예측을 평균',
    'Centre, decorrelate, whiten: covariance Σ → Λ → I': '0 중심화, 비상관화, 화이트닝: 공분산 Σ → Λ → I',
    'Divide by the std: hPa and °C on an equal footing': '표준편차로 나누면 hPa와 °C가 같은 조건이 된다',
    'Zero-centring moves all-positive data around the origin': '0 중심화는 모두 양수인 데이터를 원점 둘레로 옮긴다',
    'One outlier pulls the mean and tilts the principal axes': '이상치 하나가 평균을 끌고 주축을 기울인다',
    'λ₂ ≈ 0: ε = 0.01 caps the whitening gain at 1/√ε = 10': 'λ₂ ≈ 0: ε = 0.01이 화이트닝 배율을 1/√ε = 10으로 제한',
    'Worked Σ: λ = 3.80278, 0.19722, PC1 at 28.155°': '풀이 예제 Σ: λ = 3.80278, 0.19722, PC1은 28.155°',
    'Tilt w by 5°: far fewer centred points flip class': 'w를 5° 기울이면: 0 중심 점은 훨씬 적게 클래스가 바뀐다',
    'Training statistics only: test data get the same transform': '학습 통계만: 테스트 데이터도 같은 변환을 받는다',
    '192-D patches: k = 3 keeps 90 % of the variance': '192차원 패치: k = 3으로 분산의 90 % 유지',
    'Small init W = 0.01·N(0, 1): the loss stays at chance': '작은 초기화 W = 0.01·N(0, 1): 손실이 무작위 수준에 머문다',
    'Same weights: ReLU trains fastest, sigmoid barely moves': '같은 가중치: ReLU가 가장 빨리 학습, sigmoid는 거의 못 움직인다',
    'All-positive inputs train slower than zero-centred ones': '모두 양수인 입력은 0 중심 입력보다 느리게 학습한다',
    # --- end of preset headlines ---
}
