"""The Korean catalog (data only): ``EXACT`` entries, then ``TEMPLATES`` for text with numbers.

Terms follow the lecture notes (``shared/seed``): 포화, 죽은 ReLU, 가중치 초기화, 화이트닝,
데이터 증강, 평균 이미지, 색상/채도/명도; ReLU, Xavier, Kaiming, PCA, ZCA stay in English.
Add a missing string as one line ``'English': '한국어',`` (``python -m lab.i18n_strings`` prints
the missing ones ready to paste).  A template's ``{field}`` matches any text and is itself
translated (a name) or kept (a number); templates are tried in order, the first that
translates every field wins.
"""

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
    'activation': '활성화 함수',
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
    'ELU alpha': 'ELU alpha',
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
    # --- the window: menus, dialogs, messages (ui/) ---------------------------------------
    'NN Training Lab': 'NN Training Lab',
    'Language': '언어',
    'Restart now': '지금 다시 시작',
    'Later': '나중에',
    'Could not restart: please start NN Training Lab again': '다시 시작하지 못했습니다: NN Training Lab을 다시 실행하세요',
    'All figures': '모든 그림',
    "Which of the panel's figures to export": '패널의 어느 그림을 내보낼지',
    'Raster image; the DPI is written into the file': '래스터 이미지; DPI가 파일에 기록됨',
    'Vector image; text stays editable text': '벡터 이미지; 글자는 편집 가능한 텍스트로 남음',
    'Vector page of exactly the chosen size; text stays text': '고른 크기 그대로의 벡터 페이지; 글자는 텍스트로 남음',
    'The numbers behind the plot, as tidy CSV': '그래프 뒤의 수치 (정돈된 CSV)',
    'Custom': '사용자 지정',
    'Slide page presets; Custom takes width and height below': '슬라이드 페이지 크기; 사용자 지정은 아래의 너비와 높이를 사용',
    'Dots per inch: 150–300 for slides, 300+ for print': '인치당 점 수: 슬라이드는 150–300, 인쇄는 300 이상',
    'Slide: white, large fonts, thick lines, colour-blind-safe palette': '슬라이드: 흰 바탕, 큰 글꼴, 굵은 선, 색각 이상에 안전한 색',
    'Transparent background': '투명 배경',
    'Browse…': '찾아보기…',
    'Figure': '그림',
    'Formats': '형식',
    'Page': '페이지',
    'Size': '크기',
    'Theme': '테마',
    'Folder': '폴더',
    'Writes': '쓸 파일',
    'rendering preview…': '미리보기 그리는 중…',
    'Export': '내보내기',
    'Export into folder': '내보낼 폴더',
    '(nothing)': '(없음)',
    'Exporting…': '내보내는 중…',
    'Export failed': '내보내기 실패',
    'Nothing was lost: choose another folder or format and try again.': '잃은 것은 없습니다: 다른 폴더나 형식을 골라 다시 해 보세요.',
    'Layout reset': '배치를 초기화했습니다',
    '&File': '파일(&F)',
    'Open image(s)…': '이미지 열기…',
    'Open photos in the Augmentation panel': '데이터 증강 패널에서 사진 열기',
    'Export figure…': '그림 내보내기…',
    "Export the current panel's figure as PNG/SVG/PDF/CSV": '현재 패널의 그림을 PNG/SVG/PDF/CSV로 내보내기',
    'Export all figures…': '모든 그림 내보내기…',
    "Export every panel's figures into one folder": '모든 패널의 그림을 한 폴더로 내보내기',
    'Copy figure': '그림 복사',
    "Copy the current panel's slide figure to the clipboard": '현재 패널의 슬라이드 그림을 클립보드로 복사',
    'Save session…': '세션 저장…',
    "Save every panel's parameters and seeds to a JSON file": '모든 패널의 매개변수와 시드를 JSON 파일로 저장',
    'Open session…': '세션 열기…',
    'Restore every panel from a session file (undo with Ctrl+Z)': '세션 파일에서 모든 패널 복원 (Ctrl+Z로 되돌리기)',
    'Quit': '끝내기',
    '&Edit': '편집(&E)',
    'Reset panel to defaults': '패널을 기본값으로',
    "Reset the current panel's parameters (undo with Ctrl+Z)": '현재 패널의 매개변수를 기본값으로 (Ctrl+Z로 되돌리기)',
    '&View': '보기(&V)',
    'Reset layout': '배치 초기화',
    'Dock every panel back in place': '모든 패널을 제자리에 도킹',
    'System': '시스템',
    'Light': '밝게',
    'Dark': '어둡게',
    '&Help': '도움말(&H)',
    'About NN Training Lab': 'NN Training Lab 정보',
    'The Augmentation panel is not available yet': '데이터 증강 패널은 아직 쓸 수 없습니다',
    'Open image(s)': '이미지 열기',
    'Images': '이미지',
    'All files': '모든 파일',
    'Nothing exported': '내보낸 것이 없습니다',
    'Export all figures into folder': '모든 그림을 내보낼 폴더',
    'No panel is available yet: nothing to export': '쓸 수 있는 패널이 아직 없습니다: 내보낼 것이 없습니다',
    'Exporting figures…': '그림 내보내는 중…',
    'Cancel': '취소',
    'Cancelling after the file being written…': '쓰고 있는 파일을 마친 뒤 취소합니다…',
    'Files written before the failure are complete; nothing else changed.': '실패 전에 쓴 파일은 온전합니다; 그 밖에는 바뀐 것이 없습니다.',
    'Figure copied to the clipboard (slide theme, 1600 × 900 px)': '그림을 클립보드로 복사했습니다 (슬라이드 테마, 1600 × 900 px)',
    'Undo': '되돌리기',
    'Undo the last reset or session load': '마지막 초기화나 세션 열기를 되돌리기',
    'Save session': '세션 저장',
    'NN Training Lab session': 'NN Training Lab 세션',
    'Save session failed': '세션 저장 실패',
    'Open session': '세션 열기',
    'Open session failed': '세션 열기 실패',
    'Nothing was changed.': '바뀐 것은 없습니다.',
    'Presets: one lecture claim each': '프리셋: 강의의 주장 하나씩',
    # --- panel sections (ParamForm and preset group titles) ---------------------------------
    'Input z ~ N(μ, σ²)': '입력 z ~ N(μ, σ²)',
    'Zig-zag': '지그재그',
    'Sampling': '표본 추출',
    'Presets from the lecture': '강의의 프리셋',
    'Network and initialization': '신경망과 초기화',
    'Layer calculator': '층 계산기',
    'Samples': '표본',
    'Pipeline': '파이프라인',
    'Preprocessing': '전처리',
    'Presets': '프리셋',
    'Data': '데이터',
    'Statistics': '통계',
    'View': '보기',
    'Image patches (beyond 2-D)': '이미지 패치 (2차원 너머)',
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
    # --- the window: menus other branches added, the notes dock and the tour (ui/) ----------
    'Add images': '이미지 추가',
    'Add images…': '이미지 추가…',
    'Add photos to the ones in the Augmentation panel': '데이터 증강 패널의 사진에 사진 추가',
    'Presentation mode': '발표 모드',
    'Full screen, larger fonts and lines, no dock title bars (F11 or Esc leaves)':
        '전체 화면, 더 큰 글꼴과 선, 도크 제목 표시줄 없음 (F11이나 Esc로 나감)',
    'Lecture tour': '강의 투어',
    "Step through the lecture's claims: → / Page Down next, ← / Page Up back":
        '강의의 주장을 차례로: → / Page Down 다음, ← / Page Up 이전',
    'Show or hide the notes beside the plots (they follow the panel and preset)':
        '그래프 옆의 설명 보이기/숨기기 (패널과 프리셋을 따라감)',
    'Previous step (← or Page Up)': '이전 단계 (← 또는 Page Up)',
    'Next step (→ or Page Down)': '다음 단계 (→ 또는 Page Down)',
    'End the tour': '투어 끝내기',
    'Jump to a step': '단계로 건너뛰기',
    'No lecture tour for the panels of this build': '이 빌드의 패널에는 강의 투어가 없습니다',
    'Lecture tour ended': '강의 투어를 마쳤습니다',
    'Stages: the chain; Top-k: projection onto PC1; Image patches: 8×8 RGB patches (192-D); Decision line: a tilt of w flips off-centre points, not centred ones':
        '단계별: 변환의 연쇄; 상위 k: PC1로 사영; 이미지 패치: 8×8 RGB 패치 (192차원); 결정 직선: w를 기울이면 중심화 전의 점은 클래스가 바뀌고 중심화된 점은 그대로',
    # --- the lecture tour (lab/tour.py): sections, step titles, step texts ---------------------
    '§0 Review': '§0 복습',
    '§1 Activation functions': '§1 활성화 함수',
    '§2 Data preprocessing': '§2 데이터 전처리',
    '§3 Data augmentation': '§3 데이터 증강',
    '§4 Weight initialization': '§4 가중치 초기화',
    '§5 Answers from the Q&A': '§5 질의응답',
    'Conv layers: fan-in is F²·C': 'Conv 층: fan-in은 F²·C',
    'For a conv layer Xavier and Kaiming use d_in = F²·C (kernel area × input channels). Read the layer calculator: output width (W − F + 2P)/S + 1 and parameters (F·F·C_in + 1)·K.':
        'conv 층에서 Xavier와 Kaiming은 d_in = F²·C (커널 넓이 × 입력 채널 수)를 쓴다. 층 계산기에서 출력 너비 (W − F + 2P)/S + 1과 파라미터 수 (F·F·C_in + 1)·K를 읽어 보라.',
    'Pooling has no parameters': '풀링에는 파라미터가 없다',
    'A 2×2 max pool with stride 2 turns 32×32×3 into 16×16×3: resolution and compute shrink, and the parameter count is exactly 0.':
        'stride 2인 2×2 max pool은 32×32×3을 16×16×3으로 바꾼다: 해상도와 계산량은 줄고, 파라미터 수는 정확히 0이다.',
    'σ′(x) = σ(x)(1 − σ(x)) peaks at 0.25 at x = 0; read σ′(5) = 6.65e-3 and σ′(10) = 4.54e-5 in the crosshair. Through n layers the gradient shrinks at least like 0.25ⁿ: watch E[f′]ⁿ fall with depth.':
        'σ′(x) = σ(x)(1 − σ(x))는 x = 0에서 최댓값 0.25; 십자선으로 σ′(5) = 6.65e-3, σ′(10) = 4.54e-5를 읽어 보라. n개 층을 지나면 기울기는 적어도 0.25ⁿ처럼 줄어든다: 깊이에 따라 E[f′]ⁿ이 떨어지는 것을 보라.',
    'Sigmoid is not zero-centred': 'Sigmoid는 0 중심이 아니다',
    "Outputs lie in (0, 1): E[σ(z)] = 0.5 for z ~ N(0, 1). With all-positive inputs every weight's gradient has the same sign, so updates zig-zag towards the optimum.":
        '출력은 (0, 1) 안에 있다: z ~ N(0, 1)이면 E[σ(z)] = 0.5. 입력이 모두 양수면 모든 가중치의 기울기 부호가 같아서, 업데이트가 최적점을 향해 지그재그로 움직인다.',
    'Mini-batches soften the zig-zag': '미니배치는 지그재그를 누그러뜨린다',
    'Same seed, batch 1 versus 32: averaging the gradients over a batch lets the signs differ between weights, and the path to the optimum straightens.':
        '같은 시드, 배치 1 대 32: 배치에 걸쳐 기울기를 평균하면 가중치마다 부호가 달라질 수 있어, 최적점으로 가는 경로가 곧아진다.',
    'tanh: zero-centred, still saturates': 'tanh: 0 중심이지만 여전히 포화',
    'tanh(x) = 2σ(2x) − 1 has range (−1, 1) and is zero-centred, but it saturates too: read tanh′(0) = 1, tanh′(3) = 9.87e-3, tanh′(5) = 1.82e-4.':
        'tanh(x) = 2σ(2x) − 1은 범위가 (−1, 1)이고 0 중심이지만, 역시 포화된다: tanh′(0) = 1, tanh′(3) = 9.87e-3, tanh′(5) = 1.82e-4를 읽어 보라.',
    'ReLU and the dead ReLU': 'ReLU와 죽은 ReLU',
    'ReLU does not saturate for x > 0 and is cheap. A unit whose pre-activation is always negative has f′ = 0 everywhere it is used: it never updates. Read the dead fraction in the table.':
        'ReLU는 x > 0에서 포화되지 않고 계산이 싸다. 활성화 전 값이 늘 음수인 유닛은 쓰이는 모든 곳에서 f′ = 0이다: 전혀 업데이트되지 않는다. 표에서 죽은 비율을 읽어 보라.',
    'A small bias helps, but does not cure': '작은 편향은 돕지만 고치지는 못한다',
    'A positive bias of 0.01 moves a few units out of the dead zone: compare the dead fraction with bias 0 and with bias 0.01. Most dead units stay dead.':
        '양의 편향 0.01은 몇몇 유닛을 죽은 영역 밖으로 옮긴다: 편향 0과 편향 0.01의 죽은 비율을 비교해 보라. 죽은 유닛 대부분은 그대로 죽어 있다.',
    'Leaky ReLU: no dead units': 'Leaky ReLU: 죽은 유닛이 없다',
    'max(αx, x) with α = 0.01 has f′ = α for x < 0: the gradient never vanishes and no unit dies, at the cost of one more hyperparameter.':
        'α = 0.01인 max(αx, x)는 x < 0에서 f′ = α: 기울기가 사라지지 않고 어떤 유닛도 죽지 않는다. 대신 하이퍼파라미터가 하나 늘어난다.',
    'ELU: outputs closer to zero mean': 'ELU: 출력 평균이 0에 더 가깝다',
    'ELU is x for x > 0 and α(eˣ − 1) otherwise. For z ~ N(0, 1) read mean 0.1605 and std 0.7869 (ReLU: mean 0.399).':
        'ELU는 x > 0이면 x, 아니면 α(eˣ − 1). z ~ N(0, 1)이면 평균 0.1605, 표준편차 0.7869를 읽어 보라 (ReLU: 평균 0.399).',
    "ELU's negative saturation resists noise": 'ELU의 음수 쪽 포화는 잡음에 강하다',
    "For noisy negative inputs ELU's output flattens near −α, so its spread stays small; Leaky ReLU passes the noise on, scaled by its slope. Compare the two output spreads.":
        '잡음 섞인 음수 입력에서 ELU의 출력은 −α 근처에서 평평해져 퍼짐이 작게 유지된다; Leaky ReLU는 잡음을 기울기만큼 줄여 그대로 전달한다. 두 출력의 퍼짐을 비교해 보라.',
    'GELU is smooth and dips below zero: its minimum is −0.16997 at x ≈ −0.752 (move the crosshair there). SELU, SiLU, Softplus and Mish are in the list too.':
        'GELU는 매끄럽고 0 아래로 살짝 내려간다: 최솟값은 x ≈ −0.752에서 −0.16997 (십자선을 그리로 옮겨 보라). SELU, SiLU, Softplus, Mish도 목록에 있다.',
    'SELU self-normalizes': 'SELU는 스스로 정규화한다',
    "SELU (λ = 1.0507, α = 1.6733) with LeCun normal weights keeps each layer's mean near 0 and std near 1 through all ten layers.":
        'SELU (λ = 1.0507, α = 1.6733)에 LeCun 정규분포 가중치를 쓰면 열 개 층 내내 층마다 평균은 0 근처, 표준편차는 1 근처로 유지된다.',
    'ReLU trains faster': 'ReLU가 더 빨리 학습한다',
    'The same small net and the same weights, trained with each activation: read the steps to the target loss. Sigmoid is slowest; ReLU reaches the target first.':
        '같은 작은 신경망, 같은 가중치를 활성화 함수만 바꿔 학습한다: 목표 손실까지의 스텝 수를 읽어 보라. Sigmoid가 가장 느리고 ReLU가 가장 먼저 목표에 닿는다.',
    'Normalization: units differ': '정규화: 단위가 다르다',
    "Pressure varies by about 25 hPa, temperature by about 6 °C. Dividing by each feature's std puts them on equal footing; without it PCA just finds the pressure axis.":
        '기압은 약 25 hPa, 기온은 약 6 °C만큼 변한다. 각 특성을 표준편차로 나누면 같은 조건에 선다; 그러지 않으면 PCA는 기압 축만 찾는다.',
    'Zero-centring': '0 중심화',
    'All-positive data sit far from the origin. Subtracting the mean moves the cloud onto the origin; its shape, the covariance Σ, does not change.':
        '모두 양수인 데이터는 원점에서 멀리 있다. 평균을 빼면 점 구름이 원점으로 옮겨진다; 모양, 즉 공분산 Σ는 바뀌지 않는다.',
    'Centred data make a classifier stable': '중심화된 데이터는 분류기를 안정시킨다',
    'The same small tilt of w turns the decision line about the origin. Far from the origin the line sweeps through the cloud and many points flip class; centred, only a thin wedge flips. Read the two flip percentages.':
        'w를 똑같이 조금 기울이면 결정 직선이 원점을 중심으로 돈다. 원점에서 멀면 직선이 점 구름을 휩쓸고 지나가 많은 점의 클래스가 바뀐다; 중심화하면 얇은 쐐기만 바뀐다. 두 비율을 읽어 보라.',
    'Centred inputs train faster': '중심화된 입력이 더 빨리 학습한다',
    'The same net and data, once with all-positive inputs and once zero-centred: compare the loss curves and the steps to the target loss.':
        '같은 신경망과 데이터를 한 번은 모두 양수인 입력으로, 한 번은 0 중심 입력으로 학습한다: 손실 곡선과 목표 손실까지의 스텝 수를 비교해 보라.',
    'PCA: decorrelate, then whiten': 'PCA: 비상관화한 뒤 화이트닝',
    'Centre, rotate onto the eigenvectors (Σ becomes diagonal = Λ), divide by √(λ + ε) (Σ becomes the identity). Read Σ and λ in each view; the lab divides by N, like the lecture.':
        '중심화하고, 고유벡터로 회전하고 (Σ가 대각 행렬 = Λ), √(λ + ε)로 나눈다 (Σ가 단위 행렬). 보기마다 Σ와 λ를 읽어 보라; 이 랩은 강의처럼 N으로 나눈다.',
    'The worked example': '풀이 예제',
    'These points have exactly Σ = [[3, 1.5], [1.5, 1]] (÷N). Read λ ≈ 3.8 and 0.197 in each view; under the controls, PC1 at 28.155° and λ = 3.8028, 0.19722 (closed form: 3.80278, 0.19722).':
        '이 점들은 정확히 Σ = [[3, 1.5], [1.5, 1]] (÷N)이다. 보기마다 λ ≈ 3.8과 0.197을 읽어 보라; 컨트롤 아래에는 PC1 28.155°, λ = 3.8028, 0.19722 (닫힌 식: 3.80278, 0.19722).',
    'Whitening and ε': '화이트닝과 ε',
    'λ₂ is nearly 0, so 1/√λ₂ would blow noise up: ε caps the gain at 1/√ε. Change ε and watch the whitened view.':
        'λ₂가 거의 0이라 1/√λ₂는 잡음을 키운다: ε가 이득을 1/√ε로 제한한다. ε를 바꾸며 화이트닝된 보기를 지켜보라.',
    'One outlier tilts the axes': '이상치 하나가 축을 기울인다',
    'One far point pulls the mean and tilts the principal axes; Σ grows. Drag it in the original view and watch PC1 turn.':
        '멀리 떨어진 점 하나가 평균을 끌어당기고 주축을 기울인다; Σ는 커진다. 원본 보기에서 그 점을 끌며 PC1이 도는 것을 지켜보라.',
    'Flips and crops': '뒤집기와 자르기',
    "The cheapest invariances: every sample keeps the original's label. Vertical flips only make sense when upside-down photos can occur.":
        '가장 싼 불변성: 모든 표본이 원본의 레이블을 유지한다. 상하 뒤집기는 거꾸로 된 사진이 나올 수 있을 때만 의미가 있다.',
    "ResNet's recipe": 'ResNet의 방법',
    'Resize the short side to L ∈ [256, 480], take a random 224×224 crop, flip. Hover a sample for the L and crop position it drew.':
        '짧은 변을 L ∈ [256, 480]으로 조정하고, 무작위 224×224로 자르고, 뒤집는다. 표본 위에 마우스를 올리면 추출된 L과 자르기 위치가 보인다.',
    'AlexNet and fancy PCA': 'AlexNet과 fancy PCA',
    '224×224 crops of 256×256 images, flips, and colour noise α ~ N(0, 0.1) along the RGB principal components.':
        '256×256 이미지에서 224×224 자르기, 뒤집기, 그리고 RGB 주성분 방향의 색 잡음 α ~ N(0, 0.1).',
    'Colour jitter in HSL': 'HSL 색 지터',
    "Hue rotates (degrees), saturation scales, lightness shifts: HSL, as in a paint program. Libraries differ (HSV, blending); the step's help gives the formulas.":
        '색상은 회전 (도), 채도는 배율, 명도는 이동: 그림판처럼 HSL. 라이브러리마다 다르다 (HSV, 혼합); 식은 각 단계의 도움말에 있다.',
    'Translate, rotate, stretch, shear': '이동, 회전, 늘이기, 기울이기',
    'One affine warp per sample; the label stays the label.': '표본마다 아핀 변환 하나; 레이블은 그대로다.',
    'Random blocking (cutout)': '무작위 가리기 (cutout)',
    'Erased boxes force the model not to rely on one part of the object.': '지운 상자 때문에 모델은 물체의 한 부분에만 의존할 수 없다.',
    'Noise and filters': '잡음과 필터',
    'Added noise and blur: robustness to sensor noise and focus.': '잡음과 흐림 추가: 센서 잡음과 초점에 강해진다.',
    'Mixing two images': '두 이미지 섞기',
    'MixUp blends two photos, CutMix pastes a box: the labels mix by the same weights (read them under each sample).':
        'MixUp은 두 사진을 섞고, CutMix는 상자 하나를 붙인다: 레이블도 같은 가중치로 섞인다 (각 표본 아래에서 읽어 보라).',
    'Test images are resized too': '테스트 이미지도 크기를 조정한다',
    'At test time there is nothing random: resize the short side to 256, take the 224×224 centre. Every sample is the same image.':
        '테스트 때는 무작위가 없다: 짧은 변을 256으로 조정하고 가운데 224×224를 취한다. 모든 표본이 같은 이미지다.',
    '10-crop testing': '10-crop 테스트',
    'AlexNet and ResNet average the predictions over ten 224×224 crops: four corners and the centre, and the same five of the mirrored image (samples 1–10).':
        'AlexNet과 ResNet은 224×224 자르기 10개의 예측을 평균한다: 네 모서리와 가운데, 그리고 좌우 반전한 이미지의 같은 다섯 곳 (표본 1–10).',
    'Small weights: activations collapse': '작은 가중치: 활성값이 무너진다',
    'W = 0.01·N(0, 1), tanh: each layer multiplies the std by about √500·0.01 = 0.224. Read 0.2135, 0.0476, 0.0106, … down to ~0 by layer 10: the gradients vanish.':
        'W = 0.01·N(0, 1), tanh: 층마다 표준편차가 약 √500·0.01 = 0.224배가 된다. 0.2135, 0.0476, 0.0106, …, 10층에서 ~0까지 읽어 보라: 기울기가 사라진다.',
    'Small init does not learn': '작은 초기화는 학습하지 못한다',
    'A deep net started from 0.01·N(0, 1) keeps a flat loss, while Xavier and Kaiming start learning at once. Compare the loss curves.':
        '0.01·N(0, 1)에서 시작한 깊은 신경망은 손실이 평평하게 머물지만, Xavier와 Kaiming은 곧바로 학습을 시작한다. 손실 곡선을 비교해 보라.',
    'Large weights: tanh saturates': '큰 가중치: tanh가 포화된다',
    'W = N(0, 1), tanh: nearly every unit sits at ±1 (std ≈ 0.98 in every layer, about 92 % with |h| > 0.97). The local gradients are ~0, so nothing learns.':
        'W = N(0, 1), tanh: 거의 모든 유닛이 ±1에 머문다 (모든 층에서 표준편차 ≈ 0.98, 약 92 %가 |h| > 0.97). 국소 기울기가 ~0이라 아무것도 학습되지 않는다.',
    'Large Gaussian at σ = 0.5': 'σ = 0.5인 큰 가우시안',
    'The Korean notes use σ = 0.5: the units still pile up at ±1 and the gradients vanish.':
        '한국어 강의 노트는 σ = 0.5를 쓴다: 그래도 유닛이 ±1에 몰리고 기울기가 사라진다.',
    'Xavier: the scale holds': 'Xavier: 크기가 유지된다',
    'W = N(0, 1)/√d_in, tanh: read the stds 0.628, 0.486, 0.407, … 0.228 (layer 1 analytic 0.62793).':
        'W = N(0, 1)/√d_in, tanh: 표준편차 0.628, 0.486, 0.407, … 0.228을 읽어 보라 (1층 해석값 0.62793).',
    'Xavier with ReLU halves the variance': 'ReLU에 Xavier를 쓰면 분산이 절반이 된다',
    'ReLU zeroes half the units: layer 1 mean 0.3989, std 0.5838, then the std shrinks by 1/√2 a layer (0.414, 0.295, 0.208, …).':
        'ReLU는 유닛의 절반을 0으로 만든다: 1층 평균 0.3989, 표준편차 0.5838, 그 뒤로 표준편차가 층마다 1/√2배로 줄어든다 (0.414, 0.295, 0.208, …).',
    'Kaiming / MSRA keeps it': 'Kaiming / MSRA는 크기를 유지한다',
    'W = N(0, 1)·√(2/d_in): layer 1 mean 0.5642 (1/√π), std 0.8256, exactly half the units zero; the scale stays roughly constant with depth (seeds vary).':
        'W = N(0, 1)·√(2/d_in): 1층 평균 0.5642 (1/√π), 표준편차 0.8256, 유닛의 정확히 절반이 0; 깊어져도 크기가 대체로 일정하다 (시드마다 다르다).',
    'Statistics come from training data only': '통계는 학습 데이터에서만 구한다',
    'Half the points are held out. The mean, std and PCA come from the training points; the test points get the same transform and are only approximately white.':
        '점의 절반은 보류한다. 평균, 표준편차, PCA는 학습 점에서 구한다; 테스트 점은 같은 변환을 받아 근사적으로만 화이트닝된다.',
    'Grayscale when colour barely matters': '색이 거의 중요하지 않을 때는 흑백',
    'A weighted sum 0.299 R + 0.587 G + 0.114 B (BT.601) in all channels, for about half the samples: the input shrinks to one channel and colour can no longer be a shortcut.':
        '표본의 약 절반에서 모든 채널을 가중합 0.299 R + 0.587 G + 0.114 B (BT.601)로 바꾼다: 입력이 한 채널로 줄고, 색은 더 이상 지름길이 될 수 없다.',
    'PCA loses some information': 'PCA는 정보를 일부 잃는다',
    '8×8 colour patches have 192 dimensions. Read how many components keep 90 %, 95 % and 99 % of the variance: how much is lost depends on how fast the eigenvalues fall.':
        '8×8 컬러 패치는 192차원이다. 분산의 90 %, 95 %, 99 %를 남기는 데 성분이 몇 개 필요한지 읽어 보라: 얼마나 잃는지는 고유값이 얼마나 빨리 줄어드는지에 달려 있다.',
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
    'W ~ N(0, gain²/d_in)': 'W ~ N(0, gain²/d_in)',
    'W ~ N(0, gain²·2/(d_in + d_out))': 'W ~ N(0, gain²·2/(d_in + d_out))',
    'W ~ U(−b, b), b = gain·√(6/(d_in + d_out))': 'W ~ U(−b, b), b = gain·√(6/(d_in + d_out))',
    'W ~ U(−b, b), b = gain·√(3/d_in)': 'W ~ U(−b, b), b = gain·√(3/d_in)',
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
}

TEMPLATES: tuple[tuple[str, str], ...] = (
    # the window (ui/): format strings of tr()
    ('Restart NN Training Lab to show the menus and controls in {language}? Every panel keeps its parameters.',
     '메뉴와 컨트롤까지 {language} 화면으로 바꾸려면 NN Training Lab을 다시 시작하세요. 모든 패널의 매개변수는 유지됩니다.'),
    ('Figures now use {language}; menus and controls after a restart', '그림은 이제 {language} 화면; 메뉴와 컨트롤은 다시 시작한 뒤에 바뀝니다'),
    ('Export figure — {panel}', '그림 내보내기 — {panel}'),
    ('Preview failed: {error}', '미리보기 실패: {error}'),
    ('the {panel} panel is not available yet', '{panel} 패널은 아직 쓸 수 없습니다'),
    ('the {panel} panel failed to load: {error}', '{panel} 패널을 불러오지 못했습니다: {error}'),
    ('Go to {panel}', '{panel} 패널로 가기'),
    ('Bring the {panel} panel to the front', '{panel} 패널을 앞으로'),
    ('Show or hide the {panel} panel', '{panel} 패널 보이기/숨기기'),
    ('What to notice — {panel}', '눈여겨볼 점 — {panel}'),
    ('The {panel} panel is not available yet: nothing to export', '{panel} 패널은 아직 쓸 수 없습니다: 내보낼 것이 없습니다'),
    ('Exported {n} file(s) to {folder}', '파일 {n}개를 {folder}에 내보냈습니다'),
    ('Building {panel}…', '{panel} 만드는 중…'),
    ('Wrote {n} file(s): {name}', '파일 {n}개 씀: {name}'),
    ('Export cancelled after {n} complete file(s)', '완성된 파일 {n}개 뒤에 내보내기를 취소했습니다'),
    ('Export failed: {error}', '내보내기 실패: {error}'),
    ('Copy failed: {error}', '복사 실패: {error}'),
    ('Cannot write {path}: {error}', '{path}에 쓸 수 없습니다: {error}'),
    ('Session saved to {path}', '세션을 {path}에 저장했습니다'),
    ('Could not open {name}: {error}', '{name} 파일을 열 수 없습니다: {error}'),
    ('open session {name}', '세션 {name} 열기'),
    ('Opened session {name} (Ctrl+Z to undo)', '세션 파일 {name}을 열었습니다 (Ctrl+Z로 되돌리기)'),
    ('reset of {panel}', '{panel} 초기화'),
    ('{panel} reset to defaults (Ctrl+Z to undo)', '{panel} 패널을 기본값으로 되돌렸습니다 (Ctrl+Z로 되돌리기)'),
    ('Undo {action}', '되돌리기: {action}'),
    ('Undid {action}', '되돌림: {action}'),
    ('Preset: {name} — {claim}', '프리셋: {name} — {claim}'),
    # activations
    ('E[∏ f′(zₖ)] = E[f′]ⁿ for independent zₖ ~ {dist}', '독립인 zₖ ~ {dist}에 대해 E[∏ f′(zₖ)] = E[f′]ⁿ'),
    ('Zero-centred? f(z) for z ~ {dist}', '0 중심인가? z ~ {dist}일 때 f(z)'),
    ('histograms: {n} Monte Carlo samples (seed {seed}); dashed: exact means',
     '히스토그램: 몬테카를로 표본 {n}개 (시드 {seed}); 점선: 정확한 평균'),
    ('z ~ {dist}; highlighted: saturated, |f′| < {t}; grey: ReLU dead (f′ = 0)',
     'z ~ {dist}; 강조: 포화, |f′| < {t}; 회색: 죽은 ReLU (f′ = 0)'),
    ('input z ~ {dist}', '입력 z ~ {dist}'),
    ('{f}: {p} steps ↗/↙', '{f}: 스텝의 {p}가 ↗/↙'),
    ('y = w·x, squared error, start {a}, optimum {b}; {n} steps, lr {lr}, batch {batch}; inputs σ(z) vs tanh(z), z ~ N(0, I)',
     'y = w·x, 제곱 오차, 시작 {a}, 최적점 {b}; {n} 스텝, 학습률 {lr}, 배치 {batch}; 입력 σ(z) 대 tanh(z), z ~ N(0, I)'),
    # augmentation
    ('Augmentation: {name}', '데이터 증강: {name}'),
    ('One augmented sample of {name}', '{name}의 증강 표본 하나'),
    ('original ({size})', '원본 ({size})'),
    ('sample #{n}', '표본 #{n}'),
    ('{name} (train)', '{name} (학습)'),
    ('{n} train, {m} held out', '학습 {n}장, 보류 {m}장'),
    ('normalized image shown {a} ↦ {b}', '정규화 이미지 표시 {a} ↦ {b}'),
    ('labels: {rest}', '레이블: {rest}'),
    ('translate): {rest}', '이동): {rest}'),
    ('· {step}: {rest}', '· {step}: {rest}'),
    ('· {step}:', '· {step}:'),
    ('· {step}', '· {step}'),
    # initialization
    ('Weight initialization: {name}', '가중치 초기화: {name}'),
    ('{n} layers × {u} units', '{n}개 층 × 유닛 {u}개'),
    ('{n} conv layers', 'conv 층 {n}개'),
    ('{f} filters on {m} maps (d_in = {d})', '{m} 맵에 {f} 필터 (d_in = {d})'),
    ('batch {n}', '배치 {n}'),
    ('bias {b}', '편향 {b}'),
    ('seed {s}', '시드 {s}'),
    ('{kind} input', '{kind} 입력'),
    # PCA
    ('{name}, {d} → k dimensions: {rest}', '{name}, {d} → k차원: {rest}'),
    ('{p} in k = {k}', 'k = {k}에서 {p}'),
    ('PCA of {a} of {b} non-overlapping patches (values 0–1, Σ {div}).',
     '겹치지 않는 패치 {b}개 중 {a}개의 PCA (값 0–1, Σ {div}).'),
    ('{p} RGB patches: {d}', '{p} RGB 패치: {d}'),
    ('k = {k} keeps {p}', 'k = {k}이면 {p} 남음'),
    ('Top-{k} keeps {p}', '상위 {k}개가 {p} 남김'),
    ('Blue: {n} training points (statistics); green: {m} test points. Σ {div}, ε = {eps}, PC1 at {deg}; ellipses 1σ, 2σ.',
     '파랑: 학습 점 {n}개 (통계); 초록: 테스트 점 {m}개. Σ {div}, ε = {eps}, PC1 {deg}; 타원 1σ, 2σ.'),
    ('({x} − mean)/std', '({x} − 평균)/표준편차'),
    ('{x} − mean', '{x} − 평균'),
    ('{pc} axis', '{pc} 축'),
    ('reconstruction (k = {k})', '재구성 (k = {k})'),
    ('Original → centred → decorrelated → whitened', '원본 → 중심화 → 비상관화 → 화이트닝'),
    # training
    ('Decision regions after {n} steps: {inputs}', '{n} 스텝 후 결정 영역: {inputs}'),
    ('Decision regions at the current step: {inputs}', '현재 스텝의 결정 영역: {inputs}'),
    ('SGD steps until the loss ≤ {t}', '손실 ≤ {t}까지 SGD 스텝 수'),
    ('training… (step {n})', '학습 중… (스텝 {n})'),
    ('{run}, step {a} / {b}', '{run}, 스텝 {a} / {b}'),
    ('acc {a}, loss {l}', '정확도 {a}, 손실 {l}'),
    ('SGD steps until the loss ≤ {t}: {inputs}', '손실 ≤ {t}까지 SGD 스텝 수: {inputs}'),
    ('training loss on the whole set, checked every {n} steps', '전체 집합의 학습 손실, {n} 스텝마다 확인'),
    ('not reached in {n} (loss {l})', '{n} 스텝 안에 도달 못 함 (손실 {l})'),
    ('Training on {data}: {inputs}', '{data}에서 학습: {inputs}'),
    ('{n} hidden layers × {u} units', '은닉층 {n}개 × 유닛 {u}개'),
    ('SGD lr {lr}', 'SGD 학습률 {lr}'),
    ('{n} steps', '{n} 스텝'),
    ('{n} points', '점 {n}개'),
    ('loss on the whole set every {n} steps', '{n} 스텝마다 전체 집합의 손실'),
    ('target {t}', '목표 {t}'),
    ('mean {x}', '평균 {x}'),
    ('highlighted: saturated, |f′| < {t}', '강조: 포화, |f′| < {t}'),
    ('Blue ●: {n} training points (statistics); green ▲: {m} test points. Σ {div}, ε = {eps}, PC1 at {deg}; arrows √λ·PC; ellipses 1σ, 2σ.',
     '파랑 ●: 학습 점 {n}개 (통계); 초록 ▲: 테스트 점 {m}개. Σ {div}, ε = {eps}, PC1 {deg}; 화살표 √λ·PC; 타원 1σ, 2σ.'),
    ('Blue ●: {n} training points (statistics). Σ {div}, ε = {eps}, PC1 at {deg}; arrows √λ·PC; ellipses 1σ, 2σ.',
     '파랑 ●: 학습 점 {n}개 (통계). Σ {div}, ε = {eps}, PC1 {deg}; 화살표 √λ·PC; 타원 1σ, 2σ.'),
    # PCA: the decision line
    ('Centred: {p} flip', '중심화 후: {p} 클래스 바뀜'),
    ('Off-centre: {p} flip', '중심화 전: {p} 클래스 바뀜'),
    ('w tilted {a}', 'w를 {a} 기울임'),
    ('The line goes through the mean ({d} from the origin off-centre); w is tilted by {t} with b fixed, '
     'so the line turns about the origin (the dot). Flipped: {off} off-centre, {cen} centred.',
     '직선은 평균을 지난다 (중심화 전에는 원점에서 {d}); b를 고정하고 w를 {t} 기울이면 직선은 원점 (점)을 '
     '중심으로 돈다. 클래스가 바뀐 점: 중심화 전 {off}, 중심화 후 {cen}.'),
    # activations: the depth view
    ('▼ {n} curves below 10⁻⁶⁰', '▼ 10⁻⁶⁰ 미만 곡선 {n}개'),
    ('▼ {name} below 10⁻⁶⁰', '▼ {name}: 10⁻⁶⁰ 미만'),  # one curve, by name
    # the notes dock and the tour
    ('Preset “{name}”: {claim}', '프리셋 “{name}”: {claim}'),
    ('Tour: the preset “{preset}” is not available in this build', '투어: 프리셋 “{preset}”은 이 빌드에 없습니다'),
    ('{section} — {panel}', '{section} — {panel}'),
    # activations: second zig-zag batch, the noise figure
    ('Zig-zag (SGD, batch {a} vs {b})', '지그재그 (SGD, 배치 {a} 대 {b})'),
    ('y = w·x, squared error, start {a}, optimum {b}; {n} steps, lr {lr}, batch {batch}; inputs σ(z) vs tanh(z), '
     'z ~ N(0, I); dashed: σ(z) inputs with batch {second} (same seed)',
     'y = w·x, 제곱 오차, 시작 {a}, 최적점 {b}; {n} 스텝, 학습률 {lr}, 배치 {batch}; 입력 σ(z) 대 tanh(z), '
     'z ~ N(0, I); 점선: 배치 {second}의 σ(z) 입력 (같은 시드)'),
    ('at μ = {m}', 'μ = {m}에서'),
    ('std f(μ + σε), ε ~ N(0, 1), σ = {s} (exact); at μ = {m}: ELU {e}, Leaky ReLU {l}; ELU is the quieter one '
     'below μ* = {x} (dashed); right: f(x) − E f(x), {n} samples, seed {seed}; ELU α = {a}, Leaky ReLU slope {k}',
     'std f(μ + σε), ε ~ N(0, 1), σ = {s} (정확한 값); μ = {m}에서: ELU {e}, Leaky ReLU {l}; μ* = {x} (점선) '
     '아래에서는 ELU가 더 조용하다; 오른쪽: f(x) − E f(x), 표본 {n}개, 시드 {seed}; ELU α = {a}, Leaky ReLU 기울기 {k}'),
    # initialization: the effective scheme, the seeds view
    ('{scheme}: {formula}, gain {g} ({source}), std {s} (d_in = {d}), bound {b}',
     '{scheme}: {formula}, 이득 {g} ({source}), 표준편차 {s} (d_in = {d}), 경계 {b}'),
    ('{scheme}: {formula}, gain {g} ({source}), std {s} (d_in = {d})',
     '{scheme}: {formula}, 이득 {g} ({source}), 표준편차 {s} (d_in = {d})'),
    ('{scheme}: {formula}, std {s} (d_in = {d}), bound {b}', '{scheme}: {formula}, 표준편차 {s} (d_in = {d}), 경계 {b}'),
    ('{scheme}: {formula}, std {s} (d_in = {d})', '{scheme}: {formula}, 표준편차 {s} (d_in = {d})'),
    ('{name}: activation std over {n} seeds', '{name}: 시드 {n}개의 활성값 표준편차'),
    ('layer {n}: {m} ± {s} (prediction {p})', '{n}층: {m} ± {s} (예측 {p})'),
    ('quoted: {values}', '강의 값: {values}'),
    ('mean of {n} seeds', '시드 {n}개의 평균'),
    ('range over {n} seeds', '시드 {n}개의 범위'),
    ("seeds {a}…{b} (consecutive from the panel's seed)", '시드 {a}…{b} (패널의 시드부터 연속)'),
    # general: lists and chains, tried last (each piece must translate)
    ('{a}. {b}', '{a}. {b}'),  # sentences
    ('{a} · {b}', '{a} · {b}'),
    ('{a} → {b}', '{a} → {b}'),
    ('{a}; {b}', '{a}; {b}'),
    ('{a}, {b}', '{a}, {b}'),
    ('{a} + {b}', '{a} + {b}'),
    ('{a} vs {b}', '{a} 대 {b}'),
)
